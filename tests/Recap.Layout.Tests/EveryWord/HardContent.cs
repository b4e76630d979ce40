using System.Text;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>
/// A content folder of what used to leave the page: a table with an 81-character identifier and a
/// long URL, a table of many columns, a footnote of several pages, lists and quotes nested deep,
/// a very long title, an SVG figure and a GIF figure.
/// </summary>
internal static class HardContent
{
    public const string Identifier = "NewRetryingRoundTripperWithExponentialBackoffAndCircuitBreakerForUpstreamServices";
    public const string Url = "https://example.com/very/long/path/to/some/resource/with/many/segments?query=value&other=thing-here";

    public static IReadOnlyList<string> NoteWords { get; } = Notes(1200);

    public static IReadOnlyList<string> Notes(int count) => [.. Enumerable.Range(0, count).Select(i => $"note{i}")];

    /// <summary>Writes the folder and returns the words every page must show.</summary>
    /// <param name="token">A long token set in the table's first column and in a cell of the wide table.</param>
    public static IReadOnlyList<string> WriteTo(string folder, int columns = 30, int depth = 30, string token = Identifier, int noteWords = 1200, int titleWords = 20)
    {
        File.WriteAllText(Path.Combine(folder, "book.yml"), "title: Every Word\nlanguage: en\n");
        var words = new List<string>();
        var text = new StringBuilder();
        var title = string.Join(' ', Enumerable.Range(0, titleWords).Select(i => $"title{i}"));
        text.Append($"---\ntitle: A very long write-up {title}\nspeakers:\n  - name: Ada Lovelace\n---\n\n");
        text.Append("Opening words with a long note.[^long] Closing words.\n\n");
        words.AddRange(["Opening", "Closing"]);
        // Written with its underscores escaped, so Markdown reads no emphasis in it.
        var source = token.Replace("_", "\\_", StringComparison.Ordinal);
        text.Append($"| Name | Kind |\n|---|---|\n| {source} | func |\n| {Url} | link |\n\n");
        words.AddRange([token, Url]);
        text.Append('|').Append(string.Join('|', Enumerable.Range(0, columns).Select(c => $"head{c}"))).Append("|\n|");
        text.Append(string.Join('|', Enumerable.Range(0, columns).Select(_ => "---"))).Append("|\n|");
        text.Append(string.Join('|', Enumerable.Range(0, columns).Select(c => $"cell{c}value"))).Append("|\n|");
        text.Append(string.Join('|', Enumerable.Range(0, columns).Select(c => c == columns - 1 ? source : "x"))).Append("|\n\n");
        words.AddRange(Enumerable.Range(0, columns).Select(c => $"cell{c}value"));
        for (var d = 0; d < depth; d++)
        {
            text.Append(new string(' ', 2 * d)).Append($"- level{d}\n");
            words.Add($"level{d}");
        }

        text.Append('\n').Append(new string('>', depth)).Append(" quoted\n\n");
        words.Add("quoted");
        text.Append("![A square and a circle](figure.svg)\n\n![Two bars](figure.gif)\n\n");
        var note = Notes(noteWords);
        text.Append("[^long]: ").Append(string.Join(' ', note)).Append('\n');
        words.AddRange(note);
        File.WriteAllText(Path.Combine(folder, "01-hard.md"), text.ToString());
        File.WriteAllText(Path.Combine(folder, "figure.svg"), Svg);
        File.WriteAllBytes(Path.Combine(folder, "figure.gif"), Gif(60, 40));
        return words;
    }

    /// <summary>A red square and a blue circle with a green ring.</summary>
    public const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><rect x="0" y="0" width="100" height="100" fill="#ff0000"/><circle cx="150" cy="50" r="40" fill="#0000ff" stroke="#00ff00" stroke-width="4"/></svg>""";

    /// <summary>A GIF whose left half is green (0, 200, 0) and right half magenta, written by hand: 9-bit LZW codes, a clear code before the table grows.</summary>
    public static byte[] Gif(int width, int height)
    {
        var bytes = new List<byte>("GIF89a"u8.ToArray());
        bytes.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0xF7, 0, 0]);
        var palette = new byte[256 * 3];
        palette[0] = 255;
        palette[2] = 255;
        palette[4] = 200;
        bytes.AddRange(palette);
        bytes.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 8]);
        var codes = new List<int> { 256 };
        var run = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (run == 254)
                {
                    codes.Add(256);
                    run = 0;
                }

                codes.Add(x < width / 2 ? 1 : 0);
                run++;
            }
        }

        codes.Add(257);
        var data = new List<byte>();
        int bits = 0, count = 0;
        foreach (var code in codes)
        {
            bits |= code << count;
            count += 9;
            while (count >= 8)
            {
                data.Add((byte)bits);
                bits >>= 8;
                count -= 8;
            }
        }

        if (count > 0)
        {
            data.Add((byte)bits);
        }

        for (var i = 0; i < data.Count; i += 255)
        {
            var chunk = data.Skip(i).Take(255).ToArray();
            bytes.Add((byte)chunk.Length);
            bytes.AddRange(chunk);
        }

        bytes.AddRange([0, 0x3B]);
        return [.. bytes];
    }
}
