namespace Recap.Theming;

/// <summary>
/// <c>theme.yml</c>'s <c>microtype:</c> section as written: pdfTeX's font expansion and character
/// protrusion for justified text, in the microtype package's units (thousandths).
/// </summary>
public sealed class MicrotypeSection
{
    /// <summary>Whether the glyphs of a justified line may be widened or narrowed (font expansion).</summary>
    public bool Expansion { get; set; } = true;

    /// <summary>Largest widening, in thousandths of a glyph's width (microtype's <c>stretch</c>).</summary>
    public int Stretch { get; set; } = 20;

    /// <summary>Largest narrowing, in thousandths (microtype's <c>shrink</c>).</summary>
    public int Shrink { get; set; } = 20;

    /// <summary>A line's expansion is a multiple of this, in thousandths (microtype's <c>step</c>).</summary>
    public int Step { get; set; } = 5;

    /// <summary>Whether punctuation at a justified line's edges hangs into the margin (character protrusion).</summary>
    public bool Protrusion { get; set; } = true;

    /// <summary>
    /// Per face (<c>regular</c>, <c>italic</c>, <c>bold</c>, <c>bold-italic</c>, <c>medium</c>, <c>mono</c>…):
    /// character → "left right", the thousandths of its width that hang into the left margin at
    /// a line's start and the right margin at its end. A face not listed does not protrude.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Protrude { get; set; } = [];
}
