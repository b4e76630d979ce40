using System.Collections.Concurrent;
using Recap.Model;
using Recap.Model.TextRules;

namespace Recap.Markdown.Images;

/// <summary>
/// Turns an image reference from the content into a checked <see cref="ImageAsset"/>: relative to
/// the file that names it, inside the content folder (also after following symbolic links), present,
/// readable and of a supported type. A reference that leaves the folder is refused before the file
/// is opened. A web address is fetched (<see cref="ResolveRemote"/>) for a figure; anywhere else
/// (the cover) it is refused.
/// </summary>
internal sealed class ImageResolver(ContentContext context)
{
    // Write-ups are parsed side by side, and a speaker's photo in a write-up's front matter is resolved as it is
    // parsed: one resolver answers every thread at once.
    private readonly ConcurrentDictionary<string, ImageProbeResult> _probed = new(StringComparer.Ordinal);

    /// <param name="reference">The path as written (URL-escaped, <c>/</c> separators).</param>
    /// <param name="relativeFolder">The folder of the naming file, relative to the content folder ("" for top level).</param>
    /// <returns>Null when the image cannot be used; the reason is reported at <paramref name="source"/>.</returns>
    public ImageAsset? Resolve(string reference, string relativeFolder, SourceSpan source)
    {
        var diagnostics = context.Diagnostics;
        if (reference.Length == 0)
        {
            diagnostics.Error(source, "image-missing", "the image has no path");
            return null;
        }

        if (SafeUrl.Scheme(reference) is not null || reference.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Error(source, "image-remote", $"remote images are not fetched: `{reference}`", "save the picture in the content folder and name it by its path");
            return null;
        }

        var path = Uri.UnescapeDataString(reference).Replace('/', Path.DirectorySeparatorChar);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Error(source, "image-missing", "the image's path holds a NUL character");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(context.FullPath, relativeFolder, path));
        if (Path.IsPathRooted(path) || !IsInside(full, context.FullPath))
        {
            diagnostics.Error(source, "image-outside-content", $"image `{reference}` is outside the content folder", "copy it into the content folder");
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Error(source, "image-missing", $"image `{reference}` not found");
            return null;
        }

        if (context.Resolve(full) is not { } real)
        {
            diagnostics.Error(source, "image-outside-content", $"image `{reference}` is a link to a file outside the content folder", "copy the file itself into the content folder");
            return null;
        }

        var probe = _probed.GetOrAdd(real, ImageProbe.Probe);

        if (probe.IsUnsupported)
        {
            diagnostics.Error(source, "image-unsupported", $"image `{reference}` is not a PNG, JPEG, GIF or SVG picture");
            return null;
        }

        if (probe.MediaType is not { } mediaType)
        {
            diagnostics.Error(source, "image-unreadable", $"image `{reference}` cannot be read: {probe.Problem}");
            return null;
        }

        if (probe.Removed.Count > 0)
        {
            diagnostics.Warning(source, "svg-cleaned", $"image `{reference}`: what could run script or fetch from elsewhere is left out of the SVG: {string.Join(", ", probe.Removed)}");
        }

        context.Use(full);
        var contentPath = Path.GetRelativePath(context.FullPath, full).Replace(Path.DirectorySeparatorChar, '/');
        return new ImageAsset(full, contentPath, mediaType, probe.Width, probe.Height) { Content = probe.Content };
    }

    /// <summary>
    /// A picture named by web address (<see cref="RemotePictures.IsWebAddress"/>), as fetched or cached.
    /// One that cannot be had is a warning, not an error: the outputs show a placeholder in its place.
    /// </summary>
    /// <returns>Null when the picture cannot be had (the reason is reported at <paramref name="source"/>).</returns>
    public ImageAsset? ResolveRemote(string reference, SourceSpan source)
    {
        var picture = context.Remote.Get(reference);
        if (picture.Asset is null)
        {
            context.Diagnostics.Warning(source, "image-unavailable", $"picture `{reference}` cannot be had: {picture.Problem}; a placeholder stands in its place", "check the address, or build once online so the picture cache holds it");
            return null;
        }

        if (picture.Removed.Count > 0)
        {
            context.Diagnostics.Warning(source, "svg-cleaned", $"image `{reference}`: what could run script or fetch from elsewhere is left out of the SVG: {string.Join(", ", picture.Removed)}");
        }

        return picture.Asset;
    }

    private static bool IsInside(string path, string folder) => ContentContext.IsInside(path, folder);
}
