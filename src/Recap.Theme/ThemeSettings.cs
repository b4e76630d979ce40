using Recap.Frames;

namespace Recap.Theming;

/// <summary>
/// <c>theme.yml</c> read and checked: the one definition of the publication's look, which the booklet's
/// layout, the ebook (stylesheet and cover) and the previews all read. Lengths stay as written here;
/// the layout scales them to its paper.
/// </summary>
public sealed class ThemeSettings
{
    public const string FileName = "theme.yml";

    private ThemeSettings(string folder, ThemeFile file, string path)
    {
        Folder = folder;
        File = file;
        Paper = Theming.Paper.Sizes.TryGetValue(file.Paper, out var paper)
            ? paper
            : throw new ThemeException($"{path}: error: paper is '{file.Paper}': use {string.Join(", ", Theming.Paper.Sizes.Keys)}");
        CheckLengths(file, path);
        Colors = ThemeColors.Read(file.Colors, path);
        Fonts = new ThemeFontFiles(folder, file.Fonts, path);
        TalkStart = Enum.TryParse<TalkStart>(file.TalkStart, ignoreCase: true, out var start) && Enum.IsDefined(start)
            ? start
            : throw new ThemeException($"{path}: error: talk-start is '{file.TalkStart}': use page, recto or continue");
        Placeholders = Colors.ByName.Select(pair => KeyValuePair.Create("colors." + pair.Key, ThemeColors.Hex(pair.Value)))
            .Concat(Fonts.ByName.Select(pair => KeyValuePair.Create("fonts." + pair.Key, pair.Value)))
            .ToDictionary(StringComparer.Ordinal);
    }

    private static void CheckLengths(ThemeFile file, string path)
    {
        (string Key, string Text)[] lengths =
        [
            ("margins.inner", file.Margins.Inner), ("margins.outer", file.Margins.Outer),
            ("margins.top", file.Margins.Top), ("margins.bottom", file.Margins.Bottom),
            ("body.size", file.Body.Size), ("body.leading", file.Body.Leading), ("body.indent", file.Body.Indent),
            ("headings.title", file.Headings.Title), ("headings.h2", file.Headings.H2),
            ("headings.h3", file.Headings.H3), ("headings.h4", file.Headings.H4),
            ("code.size", file.Code.Size), ("code.leading", file.Code.Leading),
            ("footnote.size", file.Footnote.Size), ("footnote.leading", file.Footnote.Leading),
            ("booklet.cover-title", file.Booklet.CoverTitle), ("booklet.cover-subtitle", file.Booklet.CoverSubtitle),
            ("booklet.notes-rules", file.Booklet.NotesRules),
        ];
        foreach (var (key, text) in lengths)
        {
            try
            {
                Length.Parse(text, em: 1);
            }
            catch (FormatException e)
            {
                throw new ThemeException($"{path}: error: {key}: {e.Message}");
            }
        }
    }

    /// <summary>Reads and checks <c>theme.yml</c> in <paramref name="folder"/>.</summary>
    /// <exception cref="ThemeException">A colour, a paper, a switch or a face file is wrong.</exception>
    public static ThemeSettings Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return new ThemeSettings(folder, ThemeFile.Read(path), path);
    }

    public string Folder { get; }

    /// <summary>The file as written: lengths as text, to be scaled to a paper by the layout.</summary>
    public ThemeFile File { get; }

    /// <summary>The theme's own paper, when the build does not ask for another.</summary>
    public Size Paper { get; }

    public ThemeColors Colors { get; }

    public ThemeFontFiles Fonts { get; }

    public TalkStart TalkStart { get; }

    /// <summary>The values a template may name, by <c>theme.yml</c> key path: <c>colors.accent</c>, <c>fonts.mono</c>…</summary>
    public IReadOnlyDictionary<string, string> Placeholders { get; }
}
