namespace Recap.Layout.Inline;

/// <summary>How <see cref="ParagraphItems"/> spaces words, in the caller's width unit.</summary>
/// <param name="SpaceWidth">Natural interword space.</param>
/// <param name="SpaceStretch">How much a space may grow at ratio 1 (justified text).</param>
/// <param name="SpaceShrink">How much a space may shrink at ratio −1 (justified text).</param>
public sealed record ParagraphSpacing(double SpaceWidth, double SpaceStretch, double SpaceShrink)
{
    /// <summary>TeX's proportions for a font whose space is <paramref name="spaceWidth"/>: stretch ½, shrink ⅓.</summary>
    public static ParagraphSpacing ForSpace(double spaceWidth) => new(spaceWidth, spaceWidth / 2, spaceWidth / 3);

    /// <summary>Width of the box that indents the first line; 0 for none.</summary>
    public double Indent { get; init; }

    /// <summary>
    /// Ragged right (a theme option): spaces keep their natural width and only line ends
    /// stretch, by the paper's sequence <c>glue(0, R, 0) penalty(0) glue(space, −R, 0)</c>.
    /// </summary>
    public bool RaggedRight { get; init; }

    /// <summary>
    /// R, the stretch at a ragged line's end; 0 means six spaces' width, about 2 em as in plain
    /// TeX's \raggedright (the paper's 1 em makes lines that end before a long word infeasible
    /// within the usual tolerance, which then forces hyphens).
    /// </summary>
    public double RaggedStretch { get; init; }
}
