using System.Globalization;
using System.Text;
using Recap.Model;

namespace Recap.Markdown.Scaffolding;

/// <summary>
/// A new write-up as the content format wants it (<c>recap new</c>): front matter with the title and
/// speakers, the optional keys shown as comments, and an opening paragraph, so it reads back with
/// no problem at all; named <c>NN-slug.md</c>, numbered after the folder's last write-up.
/// </summary>
public static class WriteUpScaffold
{
    /// <summary>The write-up's Markdown. Line breaks and runs of spaces in the title and names become one space.</summary>
    public static string Text(string title, IReadOnlyList<string> speakers)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(YamlScalar.Write(OneLine(title))).Append('\n');
        if (speakers.Count > 0)
        {
            text.Append("speakers:\n");
            foreach (var speaker in speakers)
            {
                text.Append("  - name: ").Append(YamlScalar.Write(OneLine(speaker))).Append('\n')
                    .Append("    # handle: \"@handle\"\n")
                    .Append("    # affiliation: Company\n");
            }
        }

        return text
            .Append("# summary: One sentence, shown under the title.\n")
            .Append("# tags: [go]\n")
            .Append("---\n")
            .Append(speakers.Count > 0
                ? "What the talk was about, in a few paragraphs. Sections start at `##`; a paragraph opening with `Q:` and one opening with `A:` make a question and its answer.\n"
                : "A few paragraphs. Sections start at `##`.\n")
            .ToString();
    }

    /// <summary>
    /// <c>NN-slug.md</c>: one more than the highest number prefix among <paramref name="existingFileNames"/>
    /// (01 when none), with as many digits as the widest prefix (at least two), so it sorts last.
    /// </summary>
    public static string FileName(string title, IEnumerable<string> existingFileNames)
    {
        var numbered = existingFileNames.Select(Prefix).Where(p => p.Digits > 0).ToList();
        var next = numbered.Count == 0 ? 1 : numbered.Max(p => p.Number) + 1;
        var width = numbered.Count == 0 ? 2 : Math.Max(2, numbered.Max(p => p.Digits));
        return next.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + "-" + Slug.From(OneLine(title)) + ".md";
    }

    /// <summary>The existing write-up file whose name, without its number prefix, is the title's slug; null when none.</summary>
    public static string? SameName(string title, IEnumerable<string> existingFileNames)
    {
        var name = Slug.From(OneLine(title)) + ".md";
        return existingFileNames.FirstOrDefault(file => string.Equals(file[Prefix(file).Length..], name, StringComparison.Ordinal));
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The leading digits and the dash after them (<c>07-</c>); no digits when the name has no such prefix.</summary>
    private static (int Number, int Digits, int Length) Prefix(string fileName)
    {
        var digits = 0;
        while (digits < fileName.Length && char.IsAsciiDigit(fileName[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < 9 && digits < fileName.Length && fileName[digits] == '-'
            ? (int.Parse(fileName.AsSpan(0, digits), CultureInfo.InvariantCulture), digits, digits + 1)
            : (0, 0, 0);
    }
}
