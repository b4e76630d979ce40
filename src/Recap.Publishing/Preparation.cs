using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Publishing.Output;

namespace Recap.Publishing;

/// <summary>
/// Everything a run does before writing: the publication read, the theme loaded, the booklet laid
/// out (or, for the ebook alone, its cover page). <c>recap check</c> stops here, so it reports what
/// <c>recap build</c> would. Holds the theme's faces, which the frames point into, until disposed.
/// </summary>
/// <param name="ExitCode"><see cref="ExitCodes.Built"/>, or why the run stops before writing.</param>
/// <param name="Layout">The booklet; null when it is not built.</param>
/// <param name="Cover">The ebook's cover picture, being drawn from the booklet's cover page; null when the content gives a cover or no ebook is built.</param>
/// <param name="Ebook">The ebook's bytes, being written (they go when this is disposed); null when no ebook is built.</param>
internal sealed record Preparation(int ExitCode, Publication? Publication, Theme? Theme, DateTimeOffset Modified, LayoutResult? Layout, Task<byte[]>? Cover, OutputAhead? Ebook = null) : IDisposable
{
    public static Preparation Failed(int exitCode, Theme? theme = null) => new(exitCode, null, theme, default, null, null);

    public void Dispose()
    {
        // The drawing and the ebook read the theme's faces: they are released after both end (a failure is reported where the ebook is staged).
        ((Task?)Cover)?.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        Ebook?.Dispose();
        Layout?.Dispose();

        Theme?.Dispose();
    }
}
