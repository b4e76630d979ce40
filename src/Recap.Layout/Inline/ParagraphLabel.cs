using Recap.Frames;

namespace Recap.Layout.Inline;

/// <summary>
/// A label hung in the space left of the first line: a list's bullet or number, a Q&amp;A
/// exchange's "Q" or "A". It takes no room in the measure: its left edge sits at
/// x = −<paramref name="Hang"/> on the first line's baseline, so the caller indents the
/// paragraph by at least <paramref name="Hang"/> and keeps that space free.
/// </summary>
/// <param name="Text">What the label shows.</param>
/// <param name="Hang">Distance from the label's left edge to the text's left edge (points).</param>
/// <param name="Element">The element the label's text belongs to (a list's <see cref="StructureKind.Lbl"/>);
/// null tags it with the paragraph's element.</param>
public sealed record ParagraphLabel(string Text, double Hang, StructureElement? Element = null)
{
    /// <summary>Set in the bold face of the paragraph's chain (Q&amp;A labels); otherwise in the base face.</summary>
    public bool Bold { get; init; }

    /// <summary>The label's colour; null uses the paragraph's colour.</summary>
    public Color? Color { get; init; }
}
