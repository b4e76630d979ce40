using Recap.Imposition;

namespace Recap.Publishing;

/// <summary>
/// What a build is asked, the same for <c>recap build</c>, <c>recap watch</c> (each rebuild) and
/// <c>recap mail</c> (the build before the mail): the check's settings plus where and what to write.
/// </summary>
/// <param name="Paper">The booklet's paper (<c>a5</c>, <c>a4</c>, <c>letter</c>, <c>half-letter</c>); null for the theme's own.</param>
/// <param name="Impose">Also write the booklet imposed for saddle stitching (<c>SLUG-imposed.pdf</c>); null for none.</param>
/// <param name="Preview">Also draw the pages as PNG (<c>SLUG-preview/</c>) and the cover as a share card (<c>SLUG-cover.png</c>).</param>
/// <param name="SystemFonts">Characters the theme's faces lack may come from the machine's fonts (<c>--no-system-fonts</c>: false).</param>
public sealed record BuildOptions(CheckOptions Check, string OutputFolder, OutputFormats Formats = OutputFormats.All, string? Paper = null, ImpositionOptions? Impose = null, bool Preview = false, bool SystemFonts = true);
