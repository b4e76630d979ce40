using Recap.Markdown.Images;
using Recap.Markdown.Images.Remote;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown;

/// <summary>What every stage of reading one content folder shares: where it is, where problems go, which files it used.</summary>
internal sealed class ContentContext
{
    private readonly List<string> _usedFiles = [];
    private readonly Lock _usedLock = new(); // write-ups are parsed in parallel
    private readonly Lazy<string?> _realFolder; // null when the folder itself cannot be resolved

    public ContentContext(string contentFolder, DiagnosticBag diagnostics, RemotePictureOptions? remote = null)
    {
        Remote = new RemotePictures(remote);
        ContentFolder = contentFolder;
        FullPath = Path.GetFullPath(contentFolder);
        _realFolder = new(() => RealPath.Resolve(FullPath));
        Diagnostics = diagnostics;
        Images = new ImageResolver(this);
    }

    /// <summary>The folder as the caller gave it: diagnostics name files under it so messages match the command line.</summary>
    public string ContentFolder { get; }

    public string FullPath { get; }

    public DiagnosticBag Diagnostics { get; }

    public ImageResolver Images { get; }

    /// <summary>Pictures named by web address, fetched once each for the whole publication.</summary>
    public RemotePictures Remote { get; }

    /// <summary>
    /// Where <paramref name="fullPath"/> really lives, links followed, when that is inside the content
    /// folder (itself resolved: the folder may be reached through a link); else null.
    /// </summary>
    public string? Resolve(string fullPath)
    {
        var real = _realFolder.Value;
        var root = real ?? FullPath;
        return RealPath.Resolve(fullPath, real is null ? null : (FullPath, real)) is { } path && IsInside(path, root) ? path : null;
    }

    public static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path diagnostics print for a file given relative to the content folder.</summary>
    public string DisplayPath(string relativeFile) => Path.Combine(ContentFolder, relativeFile);

    public SourceSpan Span(string relativeFile, int line, int column) => new(DisplayPath(relativeFile), line, column);

    /// <summary>Remembers a file the publication is built from, for <see cref="Publication.ContentModified"/>.</summary>
    public void Use(string fullPath)
    {
        lock (_usedLock)
        {
            _usedFiles.Add(fullPath);
        }
    }

    public DateTimeOffset NewestUse() =>
        _usedFiles.Count == 0
            ? DateTimeOffset.UnixEpoch
            : _usedFiles.Max(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero));
}
