using Recap.Layout.Inline;

namespace Recap.Layout.Tests;

/// <summary>
/// A line-breaking fixture file (tex-linebreak's format): the paragraph, then sections of a
/// settings line followed by the expected lines, separated by blank lines; '#' lines are comments.
/// Settings: <c>width=200</c> or <c>width=150,150,200</c>, <c>hyphenate</c>, <c>ragged</c>,
/// <c>emergency=20</c>, <c>pass=Tolerance</c> (the pass expected to succeed).
/// </summary>
public sealed record LayoutFixture(string Name, string Text, string Settings, IReadOnlyList<string> ExpectedLines)
{
    public LineWidths Widths => LineWidths.Of(Setting("width")!.Split(',').Select(double.Parse).ToArray());

    public bool Hyphenate => Flags.Contains("hyphenate");

    public bool Ragged => Flags.Contains("ragged");

    public double EmergencyStretch => Setting("emergency") is { } value ? double.Parse(value) : 0;

    public BreakPass ExpectedPass => Enum.Parse<BreakPass>(Setting("pass")!);

    private string[] Flags => Settings.Split(' ');

    public static IEnumerable<LayoutFixture> Read(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(TestParagraphs.FixturesFolder, fileName));
        var lines = text.Split('\n').Where(l => !l.StartsWith('#'));
        var sections = string.Join('\n', lines).Trim().Split("\n\n");
        foreach (var section in sections.Skip(1))
        {
            var sectionLines = section.Trim().Split('\n');
            yield return new LayoutFixture(fileName, sections[0].ReplaceLineEndings(" "), sectionLines[0], sectionLines[1..]);
        }
    }

    public override string ToString() => $"{Name}: {Settings}";

    private string? Setting(string key) =>
        Flags.Where(f => f.StartsWith(key + "=", StringComparison.Ordinal)).Select(f => f[(key.Length + 1)..]).FirstOrDefault();
}
