using Recap.Frames;

namespace Recap.Imposition;

/// <summary>How <see cref="Imposer"/> lays the booklet out for the printer.</summary>
public sealed record ImpositionOptions
{
    /// <summary>
    /// The printer's paper, in either orientation (sides are always landscape); null to choose
    /// from the page size: A5 pages on A4 and half-letter pages on letter at full size, A4 and
    /// letter pages scaled down onto their own paper, anything else onto A4 or letter, whichever
    /// shrinks it less.
    /// </summary>
    public Size? Sheet { get; init; }

    /// <summary>Draw trim marks at the pages' outer corners and fold marks at the spine (space for them shrinks the pages).</summary>
    public bool Marks { get; init; }
}
