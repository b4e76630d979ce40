using System.IO.Compression;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>
/// Recaps written in German and French, built through the command line and read back from the
/// PDF (pdftotext, pdfinfo's tagged text) and the EPUB: labels in the language, the language's
/// quotation marks, German compounds hyphenated by German patterns, words spaced in the tagged text.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class LocalisedBuildTests : IDisposable
{
    // Long compounds, in a column narrow enough that some must break.
    private const string GermanBody = """
        Die Donaudampfschifffahrtsgesellschaft und die Bundesausbildungsförderungsgesetznovelle sind
        Beispiele. Die Programmiersprachenentwicklungsumgebung lädt Softwareentwicklungswerkzeuge,
        Datenbankverwaltungssysteme, Netzwerkprotokollimplementierungen und Speicherverwaltungsstrategien.
        Er sagte: "Geschwindigkeit ist alles", und die Antwortzeit lag bei 400 ms. Die Hauptverkehrsstraßenbeleuchtung,
        die Rechenzentrumsinfrastrukturplanung und die Qualitätssicherungsabteilungsleitung arbeiten zusammen.
        Verantwortungsbewusstsein, Nachrichtenübermittlungsdienste und Zeichenkettenverarbeitungsfunktionen.
        """;

    // Long Portuguese words in a paragraph long enough that several lines must break inside a word.
    private const string PortugueseBody = """
        A responsabilidade da desenvolvedora incluía documentação, internacionalização, paralelização e
        compatibilidade. As interpretações contemporâneas da programação concorrente exigem conhecimentos
        extraordinariamente especializados, particularmente nas comunicações assíncronas, nas transformações
        automáticas e na caracterização experimental dos desempenhos. Desenvolvimento, implementação,
        administração, configuração, representação e correspondência: inconstitucionalissimamente longas.
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_german_recap_says_Inhalt_hyphenates_compounds_and_quotes_with_German_marks()
    {
        var (pdf, epub) = Build("de", "Nachlese", "Schnelle Programme", GermanBody);

        var text = PdfText(pdf);
        Assert.Contains("Inhalt", text, StringComparison.Ordinal);
        Assert.Contains("Notizen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Notes", text, StringComparison.Ordinal);
        Assert.Contains("\u201EGeschwindigkeit ist alles\u201C", text, StringComparison.Ordinal);

        // Compounds broken at German hyphenation points: the page draws the hyphens (pdftotext's word
        // boxes), while the tagged text below reads each word whole (the hyphen is an artifact).
        var words = ExternalTool.Run("pdftotext", "-bbox", pdf, "-").StdOut;
        var broken = System.Text.RegularExpressions.Regex.Matches(words, @">\p{L}+-</word>").Count;
        Assert.True(broken >= 3, $"{broken} hyphenated words");

        // The tagged text rejoins each broken word and keeps its spaces.
        var tagged = StructText(pdf);
        Assert.Contains("Die Donaudampfschifffahrtsgesellschaft und die Bundesausbildungsförderungsgesetznovelle sind", tagged, StringComparison.Ordinal);
        Assert.Contains("400 ms", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", tagged, StringComparison.Ordinal);

        var nav = EpubEntry(epub, "nav.xhtml");
        Assert.Contains(">Inhalt<", nav, StringComparison.Ordinal);
        Assert.DoesNotContain(">Contents<", nav, StringComparison.Ordinal);
        Assert.Contains("400\u00A0ms", EpubEntry(epub, "schnelle-programme.xhtml"), StringComparison.Ordinal);
        Assert.Contains("/Lang (de)", Qdf(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue0013_a_portuguese_recap_is_hyphenated_by_the_portuguese_patterns()
    {
        var (pdf, _) = Build("pt", "Resumo", "Programas rápidos", PortugueseBody, out var run);
        Assert.DoesNotContain("no-hyphenation", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hyphenation patterns", run.Error, StringComparison.Ordinal);

        // Every word the page breaks with a hyphen breaks where hyph-utf8's Portuguese patterns allow it.
        var portuguese = new Recap.Layout.Hyphenation.HyphenationPatterns(Path.Combine(RepoPaths.DefaultTheme, "hyphenation")).For("pt-BR")!;
        Assert.NotNull(portuguese);
        var words = ExternalTool.Run("pdftotext", "-bbox", pdf, "-").StdOut;
        var pieces = System.Text.RegularExpressions.Regex.Matches(words, @">(\p{L}+)</word>").Select(m => m.Groups[1].Value).ToList();
        var broken = System.Text.RegularExpressions.Regex.Matches(words, @">(\p{L}+)-</word>\s*(?:</line>\s*<line[^>]*>\s*)?<word[^>]*>(\p{L}+)").ToList();
        Assert.True(broken.Count >= 3, $"{broken.Count} hyphenated words in {string.Join(' ', pieces.Take(40))}");
        foreach (var match in broken)
        {
            var head = match.Groups[1].Value;
            var word = head + match.Groups[2].Value;
            Assert.Contains(head.Length, portuguese.Points(word.ToLowerInvariant()));
        }
    }

    [Fact]
    public void A_french_recap_says_Table_des_matieres_and_quotes_with_guillemets()
    {
        var (pdf, epub) = Build("fr", "Compte rendu", "Des programmes rapides", """
            Il a dit : "la vitesse compte", puis il a montré le résultat. La conférence a duré 2.3 s de moins que prévu.
            """);

        var text = PdfText(pdf);
        Assert.Contains("Table des matières", text, StringComparison.Ordinal);
        Assert.Contains("\u00AB\u202Fla vitesse compte\u202F\u00BB", StructText(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("Contents", text, StringComparison.Ordinal);
        Assert.Contains("Table des matières", EpubEntry(epub, "nav.xhtml"), StringComparison.Ordinal);
        Assert.Contains("\u00AB\u202Fla vitesse compte\u202F\u00BB", EpubEntry(epub, "des-programmes-rapides.xhtml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_japanese_recap_draws_its_characters_from_an_embedded_system_face_and_boxes_what_no_face_has()
    {
        var content = Path.Combine(_folder.Path, "ja");
        _folder.Write("ja/book.yml", "title: 東京ゴーファーズ\nlanguage: ja\n");
        _folder.Write("ja/01-talk.md", "---\ntitle: 速いプログラム\nspeakers:\n  - name: 山田太郎\n---\n我们在北京见面。The gopher \U0001F9AB came, twice: \U0001F9AB.\n");
        var run = CliRun.Of("build", content, "-o", Path.Combine(_folder.Path, "ja-out"));
        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = Directory.GetFiles(Path.Combine(_folder.Path, "ja-out"), "*.pdf").Single();

        // A face from the machine (fonts-wqy-microhei on the test machine), embedded, and named in the summary.
        var fonts = ExternalTool.Run("pdffonts", pdf).StdOut;
        Assert.Contains(fonts.Split('\n'), line => !line.Contains("Go", StringComparison.Ordinal) && line.Contains("CID TrueType", StringComparison.Ordinal) && line.Contains(" yes yes yes ", StringComparison.Ordinal));
        Assert.Contains("system font", run.Out, StringComparison.Ordinal);
        Assert.Contains("目次", PdfText(pdf), StringComparison.Ordinal);

        // The title's glyphs are ink in its word box; the beaver no face has is a box (ink too) with one warning.
        Assert.True(InkIn(pdf, "速いプログラム") > 0.05);
        Assert.True(InkIn(pdf, "\U0001F9AB") > 0.05);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("U+1F9AB", StringComparison.Ordinal));

        // The ebook carries the same machine's face, cut to the characters the theme's fonts lack, and
        // every font stack names it after the theme's family; epubcheck has nothing to say.
        var epub = Directory.GetFiles(Path.Combine(_folder.Path, "ja-out"), "*.epub").Single();
        using (var zip = ZipFile.OpenRead(epub))
        {
            var system = Assert.Single(zip.Entries, e => e.FullName.Contains("/styles/fonts/fallback-", StringComparison.Ordinal));
            var file = Path.Combine(_folder.Path, "system.ttf");
            system.ExtractToFile(file);
            using var face = Recap.Fonts.FontFace.Load(file);
            Assert.All("速東京山田", c => Assert.True(face.HasGlyph(c), $"{c} is not in the embedded face"));
            Assert.False(face.HasGlyph('A'), "the system face is cut to what the theme's fonts lack");
            var css = EpubEntry(epub, "epub.css");
            Assert.Contains($"font-family: \"Go\", \"{face.FamilyName}\"", css, StringComparison.Ordinal);
            Assert.Contains($"url(\"fonts/{Path.GetFileName(system.FullName)}\")", css, StringComparison.Ordinal);
        }

        EpubCheckAssert.Clean(epub);
    }

    [Fact]
    public void An_arabic_recap_is_set_right_to_left_and_read_in_logical_order()
    {
        const string Paragraph = "مرحبا بكم في المؤتمر الأول للمبرمجين، نتحدث عن Go والسرعة.";
        var (pdf, epub) = Build("ar", "ملخص", "برامج سريعة", Paragraph);

        // Poppler gives Arabic letter by letter: on the paragraph's line (the one with "Go"), its first
        // letter is the rightmost and its full stop the leftmost; the English word keeps its letters' order.
        static bool Arabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
        var pages = ExternalTool.Run("pdftotext", "-bbox", pdf, "-").StdOut.Split("<page ");
        var words = System.Text.RegularExpressions.Regex.Matches(pages.Single(p => p.Contains(">Go</word>", StringComparison.Ordinal) && p.Count(c => c is >= '\u0600' and <= '\u06FF') > 30),
                "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>")
            .Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                Y: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                Right: double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), Text: m.Groups[4].Value))
            .ToList();
        var go = Assert.Single(words, w => w.Text == "Go");
        var line = words.Where(w => Math.Abs(w.Y - go.Y) < 3).OrderBy(w => w.X).ToList();
        Assert.True(line.Count(w => Arabic(w.Text)) > 30);
        Assert.Equal("م", line[^1].Text);
        Assert.Equal(".", line[0].Text);
        Assert.Contains(line, w => w.Text == "و" && w.Right < go.X);

        Assert.Contains(Paragraph, StructText(pdf), StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(epub);
        var talk = zip.Entries.Single(e => e.FullName.StartsWith("EPUB/text/", StringComparison.Ordinal) && !e.FullName.Contains("--", StringComparison.Ordinal));
        using var reader = new StreamReader(talk.Open());
        Assert.Matches("<p [^>]*dir=\"rtl\"[^>]*>" + Paragraph, reader.ReadToEnd());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The share of dark pixels in the box pdftotext gives the word's first appearance, on its page drawn at 144 dpi.</summary>
    private double InkIn(string pdf, string word)
    {
        var bbox = ExternalTool.Run("pdftotext", "-bbox", pdf, "-").StdOut;
        var page = 0;
        foreach (var line in bbox.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
            }

            var match = System.Text.RegularExpressions.Regex.Match(line, "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*)</word>");
            if (!match.Success || match.Groups[5].Value != word)
            {
                continue;
            }

            double At(int group) => double.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
            var stem = Path.Combine(_folder.Path, "ink");
            ExternalTool.Run("pdftoppm", "-r", "144", "-gray", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, stem);
            var (width, pixels) = Pgm(File.ReadAllBytes(stem + ".pgm"));
            int dark = 0, all = 0;
            for (var y = (int)(At(2) * 2); y < (int)(At(4) * 2); y++)
            {
                for (var x = (int)(At(1) * 2); x < (int)(At(3) * 2); x++)
                {
                    all++;
                    dark += pixels[(y * width) + x] < 160 ? 1 : 0;
                }
            }

            return all == 0 ? 0 : (double)dark / all;
        }

        throw new InvalidOperationException($"{word} is not in the PDF's text");
    }

    // A binary PGM (P5, 8 bits): its width and its pixels, row by row.
    private static (int Width, byte[] Pixels) Pgm(byte[] file)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            var start = at;
            while (!char.IsWhiteSpace((char)file[at]))
            {
                at++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(file, start, at - start));
            at++;
        }

        return (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), file[at..]);
    }

    private (string Pdf, string Epub) Build(string language, string title, string talk, string body) => Build(language, title, talk, body, out _);

    private (string Pdf, string Epub) Build(string language, string title, string talk, string body, out CliRun run)
    {
        var content = Path.Combine(_folder.Path, language);
        var output = Path.Combine(_folder.Path, language + "-out");
        _folder.Write($"{language}/book.yml", $"""
            title: {title}
            language: {language}
            """);
        _folder.Write($"{language}/01-talk.md", $"""
            ---
            title: {talk}
            speakers:
              - name: Ada Lovelace
            ---
            {body}
            """);
        run = CliRun.Of("build", content, "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
        var slug = Directory.GetFiles(output, "*.pdf").Single();
        return (slug, Path.ChangeExtension(slug, ".epub"));
    }

    private static string PdfText(string pdf) => ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf, "-").StdOut;

    /// <summary>The tagged text, each element's marked-content pieces (pdfinfo prints one a line) joined as a reader joins them.</summary>
    private static string StructText(string pdf) =>
        System.Text.RegularExpressions.Regex.Replace(ExternalTool.Run("pdfinfo", "-struct-text", pdf).StdOut, "\"\n *\"", "");

    /// <summary>The PDF rewritten by qpdf with its objects uncompressed, as text.</summary>
    private string Qdf(string pdf)
    {
        var qdf = Path.Combine(_folder.Path, Path.GetFileNameWithoutExtension(pdf) + ".qdf");
        ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        return System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
    }

    private static string EpubEntry(string epub, string name)
    {
        using var archive = ZipFile.OpenRead(epub);
        var entry = archive.Entries.First(e => e.FullName.EndsWith("/" + name, StringComparison.Ordinal) || e.FullName == name);
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
