namespace Recap.Layout.Inline;

/// <summary>The three kinds of material in Knuth and Plass's model of a paragraph.</summary>
public enum ItemKind
{
    /// <summary>Something to print with a fixed width: a word, a piece of a word, an indent.</summary>
    Box,

    /// <summary>Space that can stretch or shrink; a break is allowed at glue that follows a box.</summary>
    Glue,

    /// <summary>A possible break with a cost; breaking here adds its width (a hyphen) to the line.</summary>
    Penalty,
}
