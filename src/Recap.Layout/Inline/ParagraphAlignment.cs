namespace Recap.Layout.Inline;

/// <summary>How a paragraph's lines sit in the measure.</summary>
public enum ParagraphAlignment
{
    /// <summary>Every line fills the measure except the last, which is set at natural spacing.</summary>
    Justified,

    /// <summary>Natural spacing, lines flush left; breaks still chosen by total fit (the paper's ragged-right items).</summary>
    RaggedRight,

    /// <summary>Broken as ragged right, then each line centred in its measure.</summary>
    Centered,
}
