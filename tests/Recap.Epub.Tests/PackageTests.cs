using System.Text;
using Recap.Fonts;
using Recap.Model;
using Recap.Testing;
using static Recap.Epub.Tests.ModelBuilder;

namespace Recap.Epub.Tests;

public sealed class PackageTests
{
    [Fact]
    public void Metadata_carries_every_book_yml_value()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.EveryKind(folder));
        var package = book.Package.Root!;

        var identifier = package.Descendants(EpubBook.Dc + "identifier").Single();
        Assert.Equal((string?)package.Attribute("unique-identifier"), (string?)identifier.Attribute("id"));
        Assert.Equal("urn:uuid:9c1a3f9e-5a8e-5b8f-9d3c-2f6f0b1c7e42", identifier.Value);
        Assert.Equal(["Every Kind of Block", "A test of all the nodes"], book.Dcs("title"));
        Assert.Equal(["en"], book.Dcs("language"));
        Assert.Equal(["2016-06-03T09:30:15Z"], book.MetaValues("dcterms:modified"));
        Assert.Equal(["2016-06-02"], book.Dcs("date"));
        Assert.Equal(["Ada Editor", "Bo Editor"], book.Dcs("creator"));
        Assert.Equal(["A book with one of everything."], book.Dcs("description"));
        Assert.Equal(["testing", "epub"], book.Dcs("subject"));
        Assert.Equal(["Recap Tests"], book.Dcs("publisher"));
        Assert.Equal(["CC BY 4.0"], book.Dcs("rights"));
    }

    [Fact]
    public void Each_speaker_is_one_contributor_with_the_speaker_role()
    {
        var book = EpubBook.Write(Fixtures.GopherFest());
        var contributors = book.Package.Descendants(EpubBook.Dc + "contributor").ToList();

        Assert.Equal(["Blake Mizerany", "Sam Gopher", "Dana Data"], contributors.Select(c => c.Value));
        foreach (var contributor in contributors)
        {
            var role = book.Package.Descendants(EpubBook.Opf + "meta")
                .Single(m => (string?)m.Attribute("refines") == "#" + (string?)contributor.Attribute("id"));
            Assert.Equal(("role", "marc:relators", "spk"), ((string?)role.Attribute("property"), (string?)role.Attribute("scheme"), role.Value));
        }

        Assert.Empty(book.Dcs("date"));
    }

    [Fact]
    public void Every_book_has_a_creator_editors_first_then_publisher_event_speakers()
    {
        using var folder = new TempFolder();
        Assert.Equal(["Ada Editor", "Bo Editor"], EpubBook.Write(Fixtures.EveryKind(folder)).Dcs("creator"));
        Assert.Equal(["GopherFest"], EpubBook.Write(Fixtures.GopherFest()).Dcs("creator"));

        var published = new PublicationBuilder("Published") { Publisher = "Gopher Press", Event = new EventInfo("GopherCon", null, null, null) };
        Assert.Equal(["Gopher Press"], EpubBook.Write(published.Build()).Dcs("creator"));

        var spoken = new PublicationBuilder("Spoken");
        var talk = spoken.WriteUp("A Talk");
        talk.Speakers.Add(Speaker("Grace Speaker"));
        talk.Add(talk.P(T("words")));
        Assert.Equal(["Grace Speaker"], EpubBook.Write(spoken.Build()).Dcs("creator"));

        Assert.Equal(["Anonymous"], EpubBook.Write(Fixtures.Minimal()).Dcs("creator"));
    }

    [Fact]
    public void Title_and_subtitle_are_refined_as_main_and_subtitle()
    {
        using var folder = new TempFolder();
        var package = EpubBook.Write(Fixtures.EveryKind(folder)).Package;
        var types = package.Descendants(EpubBook.Dc + "title").Select(t => (t.Value, package.Descendants(EpubBook.Opf + "meta")
            .Single(m => (string?)m.Attribute("refines") == "#" + (string?)t.Attribute("id") && (string?)m.Attribute("property") == "title-type").Value));
        Assert.Equal([("Every Kind of Block", "main"), ("A test of all the nodes", "subtitle")], types);
    }

    [Fact]
    public void An_unroled_creator_has_no_role_refinement_and_editors_keep_theirs()
    {
        using var folder = new TempFolder();
        var gopherfest = EpubBook.Write(Fixtures.GopherFest()).Package;
        var creator = gopherfest.Descendants(EpubBook.Dc + "creator").Single();
        Assert.DoesNotContain(gopherfest.Descendants(EpubBook.Opf + "meta"), m => (string?)m.Attribute("refines") == "#" + (string?)creator.Attribute("id"));

        var edited = EpubBook.Write(Fixtures.EveryKind(folder)).Package;
        var roles = edited.Descendants(EpubBook.Opf + "meta").Where(m => ((string?)m.Attribute("refines"))?.StartsWith("#editor-", StringComparison.Ordinal) == true);
        Assert.Equal(["edt", "edt"], roles.Select(r => r.Value));
    }

    [Fact]
    public void Accessibility_metadata_claims_pictures_and_their_descriptions_only_when_true()
    {
        using var folder = new TempFolder();
        var withFigures = EpubBook.Write(Fixtures.EveryKind(folder));
        var textOnly = EpubBook.Write(Fixtures.GopherFest());

        Assert.Equal(["textual", "visual"], withFigures.MetaValues("schema:accessMode"));
        Assert.Contains("alternativeText", withFigures.MetaValues("schema:accessibilityFeature"));
        Assert.Equal(["textual"], textOnly.MetaValues("schema:accessMode"));
        Assert.Equal(["textual"], textOnly.MetaValues("schema:accessModeSufficient"));
        Assert.Equal(["none"], textOnly.MetaValues("schema:accessibilityHazard"));
        Assert.Subset(textOnly.MetaValues("schema:accessibilityFeature").ToHashSet(), new HashSet<string> { "structuralNavigation", "tableOfContents", "readingOrder" });
        Assert.Single(textOnly.MetaValues("schema:accessibilitySummary"));
    }

    [Fact]
    public void A_figure_without_alt_text_withdraws_the_alternative_text_claim()
    {
        using var folder = new TempFolder();
        var builder = new PublicationBuilder("Pictures");
        var talk = builder.WriteUp("Pictures Only");
        talk.Add(talk.Figure(TestImages.Png(folder, "a.png"), ""), talk.P(T("words")));
        var book = EpubBook.Write(builder.Build());

        Assert.DoesNotContain("alternativeText", book.MetaValues("schema:accessibilityFeature"));
        Assert.Equal(["textual,visual"], book.MetaValues("schema:accessModeSufficient"));
        Assert.DoesNotContain("Every picture has a text description", book.MetaValues("schema:accessibilitySummary").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Spine_follows_the_front_pages_then_the_write_ups_in_model_order_then_the_speakers()
    {
        var publication = Fixtures.GopherFest();
        var book = EpubBook.Write(publication);

        Assert.Equal(
            ["cover", "title-page", "copyright", "nav", .. publication.WriteUps.Select(w => "w-" + w.Slug), "speakers"],
            book.SpineIds);
        Assert.Equal(
            ["introduction", "built-for-snappiness", "cleaning-up-your-go-code-with-interfaces", "a-gophers-guide-to-data", "speakers"],
            book.SpineIds.Skip(4).Select(id => book.Xml(book.PathOf(id)).Descendants(EpubBook.Xhtml + "section").First().Attribute("id")!.Value));
    }

    [Fact]
    public void Manifest_and_zip_list_the_same_files_each_with_its_media_type()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.EveryKind(folder));
        var items = book.Package.Descendants(EpubBook.Opf + "item").ToList();
        var manifestPaths = items.Select(i => "EPUB/" + i.Attribute("href")!.Value).ToHashSet();
        var packaged = book.EntryNames.Where(n => n != "mimetype" && !n.StartsWith("META-INF/", StringComparison.Ordinal) && n != "EPUB/content.opf").ToHashSet();

        Assert.Equal(packaged, manifestPaths);
        string TypeOf(string href) => items.Single(i => i.Attribute("href")!.Value == href).Attribute("media-type")!.Value;
        Assert.Equal("image/png", TypeOf("images/image-1.png"));
        Assert.Equal("image/jpeg", TypeOf("images/image-2.jpg"));
        Assert.Equal(2, items.Count(i => i.Attribute("href")!.Value.StartsWith("images/image-", StringComparison.Ordinal)));
        Assert.Equal("cover-image", items.Single(i => (string?)i.Attribute("properties") == "cover-image").Attribute("id")!.Value);
        Assert.Equal("nav.xhtml", items.Single(i => (string?)i.Attribute("properties") == "nav").Attribute("href")!.Value);
        Assert.True(book.Has("META-INF/com.apple.ibooks.display-options.xml"));
        Assert.Contains("<option name=\"specified-fonts\">true</option>", System.Text.Encoding.UTF8.GetString(book.Entry("META-INF/com.apple.ibooks.display-options.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_the_stylesheet_names_is_embedded_cut_to_the_characters_the_book_shows()
    {
        using var folder = new TempFolder();
        var book = EpubBook.Write(Fixtures.EveryKind(folder));
        var css = System.Text.Encoding.UTF8.GetString(book.Entry("EPUB/styles/epub.css"));
        var named = System.Text.RegularExpressions.Regex.Matches(css, @"url\(""(fonts/[^""]+)""\)").Select(m => m.Groups[1].Value).ToList();
        var shown = book.ContentDocuments
            .SelectMany(path => book.Xml(path).DescendantNodes().OfType<System.Xml.Linq.XText>())
            .SelectMany(t => t.Value.EnumerateRunes())
            .Where(r => !Rune.IsWhiteSpace(r))
            .Select(r => r.Value)
            .ToHashSet();

        Assert.Contains("fonts/Go-Regular.ttf", named);
        Assert.Contains("fonts/Go-Mono.ttf", named);
        Assert.True(shown.Count > 40);
        foreach (var font in named)
        {
            var source = Path.Combine(EpubBook.ThemeFolder, font);
            var embedded = book.Entry("EPUB/styles/" + font);
            using var whole = FontFace.Load(source);
            using var cut = FontFace.Load(folder.Write(font, embedded));

            Assert.True(embedded.Length < new FileInfo(source).Length / 3, $"{font}: {embedded.Length} bytes");
            Assert.Equal((whole.FamilyName, whole.StyleName), (cut.FamilyName, cut.StyleName));
            Assert.All(shown.Where(whole.HasGlyph), c => Assert.True(cut.HasGlyph(c), $"{font} lost U+{c:X4}"));

            // A letter the whole font has and the book never shows is gone.
            Assert.True(whole.HasGlyph('Ж') && !cut.HasGlyph('Ж'));
        }

        Assert.Equal(named.Count, book.EntryNames.Count(n => n.EndsWith(".ttf", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fonts_the_caller_has_loaded_are_cut_from_its_faces_not_read_again_and_stay_its_own()
    {
        var book = new PublicationBuilder("Minimal");
        var only = book.WriteUp("Only Words", WriteUpKind.Foreword);
        only.Add(only.P(T("Thanks to שלום for hosting, in `code` too.")));
        var publication = book.Build();

        // A copy of the theme whose font files are spoilt once loaded: only the loaded faces can give the fonts.
        using var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(EpubBook.ThemeFolder, "*", SearchOption.AllDirectories))
        {
            folder.Write(Path.GetRelativePath(EpubBook.ThemeFolder, file), File.ReadAllBytes(file));
        }

        var theme = Theming.ThemeSettings.Load(folder.Path);
        var fonts = theme.Fonts;
        var loaded = fonts.ByName.Values.Concat(fonts.Fallback).Distinct().Select(path => FontFace.Load(fonts.PathOf(path))).ToList();
        foreach (var face in loaded)
        {
            File.WriteAllBytes(face.Path, [1, 2, 3]);
        }

        byte[] Write()
        {
            using var output = new MemoryStream();
            EpubWriter.Write(publication, new EpubOptions(theme, EpubBook.Modified, CoverPicture: Task.FromResult(EpubBook.CoverPicture), LoadedFaces: loaded), output);
            return output.ToArray();
        }

        try
        {
            var written = Write();

            Assert.Equal(EpubBook.WriteBytes(publication), written);
            Assert.Contains("EPUB/styles/fonts/fallback-1.ttf", new EpubBook(written).EntryNames);
            // The faces are still the caller's, open: a second book cut from them is the same.
            Assert.Equal(written, Write());
        }
        finally
        {
            loaded.ForEach(face => face.Dispose());
        }
    }

    [Fact]
    public void Characters_no_theme_font_has_come_with_the_machines_face_the_booklet_takes_and_only_with_it()
    {
        var book = new PublicationBuilder("Minimal");
        var only = book.WriteUp("Only Words", WriteUpKind.Foreword);
        only.Add(only.P(T("Gophers in 東京 and 北京.")));
        var publication = book.Build();
        using var system = SystemFonts.Open();
        var face = system.Find('東');
        Assert.NotNull(face); // libfontconfig1 and fonts-wqy-microhei: tests/run.sh installs them

        var without = new EpubBook(EpubBook.WriteBytes(publication));
        var with = new EpubBook(EpubBook.WriteBytes(publication, systemFonts: system));

        Assert.DoesNotContain(without.EntryNames, n => n.Contains("/fonts/fallback-", StringComparison.Ordinal));
        var css = System.Text.Encoding.UTF8.GetString(with.Entry("EPUB/styles/epub.css"));
        Assert.Same(face, system.Find('北'));
        Assert.Contains($"font-family: \"Go\", \"{face.FamilyName}\",", css, StringComparison.Ordinal);
        Assert.Contains($"font-family: \"Go Mono\", \"{face.FamilyName}\",", css, StringComparison.Ordinal);
        Assert.Contains("url(\"fonts/fallback-1.ttf\")", css, StringComparison.Ordinal);
        Assert.Equal("application/font-sfnt", with.Package.Descendants(EpubBook.Opf + "item").Single(i => i.Attribute("href")!.Value == "styles/fonts/fallback-1.ttf").Attribute("media-type")!.Value);
        Assert.Equal(with.Bytes, EpubBook.WriteBytes(publication, systemFonts: system));
    }

    [Fact]
    public void Characters_the_theme_font_lacks_come_with_its_fallback_face_even_without_the_machines_fonts()
    {
        var book = new PublicationBuilder("Minimal");
        var only = book.WriteUp("Only Words", WriteUpKind.Foreword);
        only.Add(only.P(T("Thanks to שלום for hosting.")));
        var written = EpubBook.Write(book.Build());

        // The default theme's fallback is DejaVu Sans: cut to the Hebrew letters, named after Go.
        var css = System.Text.Encoding.UTF8.GetString(written.Entry("EPUB/styles/epub.css"));
        Assert.Contains("font-family: \"Go\", \"DejaVu Sans\",", css, StringComparison.Ordinal);
        using var folder = new TempFolder();
        using var cut = FontFace.Load(folder.Write("fallback.ttf", written.Entry("EPUB/styles/fonts/fallback-1.ttf")));
        Assert.Equal("DejaVu Sans", cut.FamilyName);
        Assert.All("שלום", c => Assert.True(cut.HasGlyph(c)));
        Assert.False(cut.HasGlyph('T'));
    }
}
