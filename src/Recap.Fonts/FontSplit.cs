using System.Collections.Immutable;

namespace Recap.Fonts;

/// <summary>What <see cref="FontChain.Split"/> found: the runs, and every character no face has.</summary>
/// <param name="Runs">Consecutive, covering the whole text, in logical order.</param>
/// <param name="Missing">Characters that will draw as the first face's missing-glyph box; the caller warns about each.</param>
public sealed record FontSplit(ImmutableArray<FaceRun> Runs, ImmutableArray<MissingCharacter> Missing);
