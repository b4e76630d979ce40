namespace Recap.Layout.Inline;

/// <summary>What a <see cref="StyledRun"/> stands for.</summary>
internal enum RunKind
{
    /// <summary>Text of the paragraph: words and the spaces between them.</summary>
    Text,

    /// <summary>A hard line break: a forced break, counted as a space in the plain text.</summary>
    LineBreak,

    /// <summary>A footnote's number, raised and small; not part of the plain text.</summary>
    FootnoteMark,
}
