namespace Recap.Frames;

/// <summary>The logical role of a structure element; each maps to the PDF standard structure type of the same name.</summary>
public enum StructureKind
{
    Document,
    Sect,
    H1,
    H2,
    H3,
    P,

    /// <summary>A list; its items are <see cref="LI"/>, each with a <see cref="Lbl"/> (bullet or number) and an <see cref="LBody"/>.</summary>
    L,
    LI,
    Lbl,
    LBody,
    BlockQuote,
    Code,
    Table,
    TR,
    TH,
    TD,

    /// <summary>An image or drawing; give it <see cref="StructureElement.AltText"/>.</summary>
    Figure,
    Note,

    /// <summary>A link: holds the link's text and its <see cref="LinkItem"/> areas.</summary>
    Link,

    /// <summary>A table of contents; its entries are <see cref="TOCI"/>.</summary>
    TOC,
    TOCI,
}
