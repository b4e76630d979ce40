using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Recap.Benchmarks.Spacing;

/*
 * The inter-word spacing of a PDF's justified lines, from word positions: a port of
 * ../shared/tools/spacing.py (read its notes for the approximations), so the benchmark reports
 * the figures issue 15 was measured with, for recap and for its peers alike.
 *
 *   pdftotext -bbox-layout → words with boxes, per page
 *     → visual lines (words grouped by the vertical centre of their box, sorted by x)
 *     → hyphenated line ends and their runs (any page)
 *     → justified pages: ≥ 6 lines (and ≥ 30 %) ending within 1 pt of the common right edge
 *     → full lines: ≥ 4 words ending at the edge − 1.5 pt or beyond, not contents leaders,
 *       not table rows; each line's mean gap, in ems of its own size
 *     → loose / tight against the document's median gap, jumps between adjacent full lines
 */

/// <summary>Measures justification from word positions, as <c>spacing.py</c> does.</summary>
public static partial class SpacingMeasure
{
    private const string Hyphens = "-\u00ad\u2010\u2011\u2012\u2013\u2014";

    [GeneratedRegex("<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">(.*?)</word>", RegexOptions.Singleline)]
    private static partial Regex WordPattern();

    [GeneratedRegex("<page width=\"[\\d.]+\" height=\"[\\d.]+\">(.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PagePattern();

    [GeneratedRegex("^[.·…\\s]+$")]
    private static partial Regex Leaders();

    private sealed record Word(double X0, double Y0, double X1, double Y1, string Text)
    {
        public double Height => Y1 - Y0;
    }

    private sealed class Line(double y)
    {
        public double Y { get; } = y;

        public List<Word> Words { get; } = [];
    }

    private sealed record FullLine(int Page, int Index, double Y, double Pitch, double Mean);

    /// <summary>Measures <paramref name="pdf"/>, whose body text is set at <paramref name="bodySize"/> points.</summary>
    public static SpacingFigures Measure(string pdf, double bodySize)
    {
        var pages = PagePattern().Matches(PdfToText(pdf))
            .Select(page => WordPattern().Matches(page.Groups[1].Value).Select(ToWord).ToList())
            .ToList();
        var heights = pages.SelectMany(p => p).Select(w => w.Height).Where(h => h > 0).ToList();
        var hmed = heights.Count > 0 ? Median(heights) : 10.0;

        var full = new List<FullLine>();
        var allGaps = new List<double>();
        int hyphenated = 0, hyphenRun = 0, overfull = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = VisualLines(pages[p], hmed);
            var run = 0;
            foreach (var line in lines)
            {
                run = IsHyphenated(line.Words, hmed) ? run + 1 : 0;
                hyphenated += run > 0 ? 1 : 0;
                hyphenRun = Math.Max(hyphenRun, run);
            }

            var candidates = lines.Where(l => l.Words.Count > 4).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var rights = candidates.GroupBy(l => Math.Round(Right(l))).ToDictionary(g => g.Key, g => g.Count());
            var edge = rights.OrderByDescending(e => e.Value).ThenBy(e => e.Key).First().Key;
            var support = rights[edge] + rights.GetValueOrDefault(edge - 1) + rights.GetValueOrDefault(edge + 1);
            if (support < 6 || support < 0.3 * candidates.Count)
            {
                continue;
            }

            var pitches = lines.Zip(lines.Skip(1)).Select(pair => pair.Second.Y - pair.First.Y).Where(d => d > 0).ToList();
            var pitch = pitches.Count > 0 ? Median(pitches) : 12.0;
            for (var i = 0; i < lines.Count; i++)
            {
                var words = lines[i].Words;
                if (words.Count < 4 || Right(lines[i]) < edge - 1.5 || words.Count(w => Leaders().IsMatch(w.Text)) >= 3)
                {
                    continue;
                }

                overfull += Right(lines[i]) > edge + 3 ? 1 : 0;
                var em = Median(words.Select(w => w.Height).ToList()) / hmed * bodySize;
                var gaps = words.Zip(words.Skip(1)).Select(pair => (pair.Second.X0 - pair.First.X1) / em).Where(g => g >= 0.08).ToList();
                if (gaps.Count < 2 || (gaps.Max() > 2 && gaps.Max() > 3 * gaps.Min()))
                {
                    continue; // a table row spanning the measure, not a justified line
                }

                full.Add(new FullLine(p, i, lines[i].Y, pitch, gaps.Average()));
                allGaps.AddRange(gaps);
            }
        }

        if (full.Count == 0)
        {
            return new SpacingFigures(pages.Count, 0, 0, 0, 0, 0, hyphenated, hyphenRun, overfull);
        }

        var median = Median(allGaps);
        var means = full.Select(f => f.Mean).ToList();
        int pairs = 0, jumps = 0;
        foreach (var (a, b) in full.Zip(full.Skip(1)))
        {
            if (a.Page == b.Page && b.Index == a.Index + 1 && b.Y - a.Y <= 1.6 * a.Pitch)
            {
                pairs++;
                jumps += Math.Max(a.Mean, b.Mean) > 1.6 * Math.Min(a.Mean, b.Mean) ? 1 : 0;
            }
        }

        return new SpacingFigures(
            pages.Count,
            full.Count,
            means.Count(m => m > 1.5 * median) / (double)means.Count,
            means.Count(m => m < 0.75 * median) / (double)means.Count,
            pairs > 0 ? jumps / (double)pairs : 0,
            Percentile(means, 0.9) / Percentile(means, 0.1),
            hyphenated,
            hyphenRun,
            overfull);
    }

    private static string PdfToText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-bbox-layout", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils)");
        var xml = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return xml;
    }

    private static Word ToWord(Match m)
    {
        double D(int i) => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
        return new Word(D(1), D(2), D(3), D(4), WebUtility.HtmlDecode(m.Groups[5].Value));
    }

    /// <summary>Words grouped into lines by the vertical centre of their box (spacing.py's note 2).</summary>
    private static List<Line> VisualLines(List<Word> words, double hmed)
    {
        var lines = new List<Line>();
        foreach (var word in words.OrderBy(w => (w.Y0 + w.Y1) / 2).ThenBy(w => w.X0))
        {
            var centre = (word.Y0 + word.Y1) / 2;
            if (lines.Count == 0 || centre - lines[^1].Y > 0.4 * hmed)
            {
                lines.Add(new Line(centre));
            }

            lines[^1].Words.Add(word);
        }

        foreach (var line in lines)
        {
            line.Words.Sort((a, b) => a.X0.CompareTo(b.X0));
        }

        return lines;
    }

    private static double Right(Line line) => line.Words.Max(w => w.X1);

    /// <summary>Whether the line ends in a word broken at a hyphen or dash (spacing.py's note 8).</summary>
    private static bool IsHyphenated(List<Word> words, double hmed)
    {
        var last = words[^1].Text;
        if (last.Length == 1 && words.Count > 1 && words[^1].X0 - words[^2].X1 < 0.08 * hmed)
        {
            last = words[^2].Text + last; // a dash in another font: a word of its own, no gap before it
        }

        return last.Length >= 2 && Hyphens.Contains(last[^1], StringComparison.Ordinal) && char.IsLetterOrDigit(last[^2]);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        var k = (sorted.Count - 1) * q;
        int lo = (int)k, hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (k - lo));
    }
}
