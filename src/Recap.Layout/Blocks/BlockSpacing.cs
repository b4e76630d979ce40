namespace Recap.Layout.Blocks;

/// <summary>Vertical rhythm, in lines of body leading, so every space scales with the theme.</summary>
internal static class BlockSpacing
{
    /// <summary>Around lists, quotes, code, tables, figures and Q&amp;A exchanges.</summary>
    public const double Display = 0.5;

    /// <summary>Before a section heading, and after it.</summary>
    public const double BeforeHeading = 1.0;

    public const double AfterHeading = 0.35;

    /// <summary>Between a write-up's opener (title, byline, summary) and its text.</summary>
    public const double AfterOpener = 1.6;
}
