using Recap.Imposition;

namespace Recap.Cli.Publishing;

/// <summary>What <c>recap build</c> was asked: the check's settings plus where and what to write.</summary>
/// <param name="Paper">The booklet's paper (<c>a5</c>, <c>a4</c>, <c>letter</c>, <c>half-letter</c>); null for the theme's own.</param>
/// <param name="Impose">Also write the booklet imposed for saddle stitching (<c>SLUG-imposed.pdf</c>); null for none.</param>
/// <param name="Preview">Also draw the pages as PNG (<c>SLUG-preview/</c>) and the cover as a share card (<c>SLUG-cover.png</c>).</param>
public sealed record BuildRequest(CheckRequest Check, string OutputFolder, OutputFormats Formats, string? Paper, ImpositionOptions? Impose = null, bool Preview = false);
