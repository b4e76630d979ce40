using Recap.Frames;

namespace Recap.Layout.Pages;

/// <summary>
/// The booklet's pages, cover to back cover: those made already (the cover, the colophon, notes pages,
/// a page whose ink the composer had to check and report), and the rest kept as the page builder's
/// bodies, composed when read. A body's boxes are their compact form; a page's frames exist only while
/// a reader holds the page.
/// </summary>
internal sealed class ComposedPages : PageSequence
{
    private readonly Page?[] _made;
    private readonly PageBody?[] _bodies;
    private readonly PageComposer _composer;

    /// <param name="made">Each page made already, by index (page number - 1); null where <paramref name="bodies"/> has the page's body.</param>
    /// <param name="bodies">Bodies <see cref="PageComposer.InkInside"/> found inside their text blocks, by index.</param>
    public ComposedPages(Page?[] made, PageBody?[] bodies, PageComposer composer)
    {
        if (made.Length != bodies.Length || made.Where((page, i) => (page is null) == (bodies[i] is null)).Any())
        {
            throw new ArgumentException("every page is either made or a body to compose", nameof(bodies));
        }

        (_made, _bodies, _composer) = (made, bodies, composer);
    }

    public override int Count => _made.Length;

    public override Page this[int index] => _made[index] ?? _composer.ComposeInside(_bodies[index]!, index + 1);

    public override string? Label(int index) => _made[index] is { } page ? page.Label : PageMap.Label(index + 1);

    // A body's boxes hold text, rules and pictures, never a placed page: only the pages made already need looking at.
    public override bool PlacesPages => _made.Any(page => page is not null && page.Items.Any(item => item is PlacedPageItem));

    public override Page[] MakeAll()
    {
        var pages = new Page[Count];
        Parallel.For(0, pages.Length, i => pages[i] = this[i]);
        return pages;
    }
}
