using System.Diagnostics;
using System.Globalization;
using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Pdf;

namespace Recap.Benchmarks.Spacing;

/// <summary>
/// <c>spacing [N …]</c>: sets generated corpora of N talks (default 20 and 200) on A5 with the
/// default theme and prints their spacing figures (<see cref="SpacingMeasure"/>) beside pandoc →
/// xelatex's on the same text, when pandoc and xelatex are installed. Issue 15's targets: jumps
/// ≤ 5 %, loose ≤ 2 %, tight ≤ 5 %, each better than xelatex; no run of more than two hyphenated
/// line ends; no overfull line.
/// </summary>
public static class SpacingReport
{
    /// <summary>The body size of the default theme on A5, and the size pandoc is asked for.</summary>
    private const double BodySize = 10;

    public static int Run(IReadOnlyList<string> counts, string work)
    {
        Console.WriteLine("| talks | typesetter | pages | lines | jumps | loose | tight | p90/p10 | longest hyphen run | overfull |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var count in counts.Count > 0 ? counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)) : [20, 200])
        {
            var corpus = Path.Combine(work, $"corpus{count}");
            if (!File.Exists(Path.Combine(corpus, "book.yml")))
            {
                CorpusGenerator.Write(corpus, count);
            }

            var recap = Path.Combine(work, $"spacing-recap-{count}.pdf");
            Publish(corpus, recap);
            Print(count, "recap", SpacingMeasure.Measure(recap, BodySize));

            var xelatex = Path.Combine(work, $"spacing-xelatex-{count}.pdf");
            if (Xelatex(corpus, xelatex))
            {
                Print(count, "pandoc → xelatex", SpacingMeasure.Measure(xelatex, BodySize));
            }
        }

        return 0;
    }

    private static void Publish(string corpus, string pdf)
    {
        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(corpus, diagnostics) ?? throw new InvalidOperationException("the corpus did not read");
        using var theme = Theme.Load(Path.Combine(AppContext.BaseDirectory, "styles", "default"));
        var layout = LayoutEngine.Layout(publication, theme, new LayoutOptions(publication.ContentModified), diagnostics);
        using var output = File.Create(pdf);
        PdfExporter.Export(layout.Document, layout.Fonts, new PdfOptions(), output);
    }

    /// <summary>pandoc → xelatex on the same write-ups, A5 with the theme's margins and body size; false when either is missing.</summary>
    private static bool Xelatex(string corpus, string pdf)
    {
        var start = new ProcessStartInfo("pandoc") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var file in Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(file);
        }

        foreach (var argument in new[]
        {
            "-o", pdf, "--pdf-engine=xelatex", "-V", "papersize=a5",
            "-V", "geometry:inner=15mm,outer=20mm,top=16mm,bottom=22mm", "-V", $"fontsize={BodySize}pt",
        })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("(pandoc is not installed: no xelatex figures; apt-get install pandoc texlive-xetex)");
            return false;
        }
    }

    private static void Print(int talks, string typesetter, SpacingFigures f) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {talks} | {typesetter} | {f.Pages} | {f.Lines} | {f.Jumps:P1} | {f.Loose:P1} | {f.Tight:P1} | {f.Spread:F2} | {f.HyphenRun} | {f.Overfull} |"));
}
