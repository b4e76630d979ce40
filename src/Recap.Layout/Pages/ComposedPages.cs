using Recap.Frames;

namespace Recap.Layout.Pages;

/// <summary>
/// The booklet's pages, cover to back cover: those made already (the cover, the colophon, notes pages,
/// a page whose ink the composer had to check and report), and the rest kept as the page builder's
/// bodies, composed when read. A body's boxes are their compact form; a page's frames exist only while
/// a reader holds the page. Read once (<see cref="ReadOnce"/>), each page also lets go of what it was
/// made from, so the booklet's lists shrink as its pages are written.
/// </summary>
internal sealed class ComposedPages : PageSequence
{
    private readonly Page?[] _made;
    private readonly PageBody?[] _bodies;
    private readonly string?[] _labels;
    private readonly PageComposer _composer;
    private readonly bool _once;

    /// <param name="made">Each page made already, by index (page number - 1); null where <paramref name="bodies"/> has the page's body.</param>
    /// <param name="bodies">Bodies <see cref="PageComposer.InkInside"/> found inside their text blocks, by index.</param>
    public ComposedPages(Page?[] made, PageBody?[] bodies, PageComposer composer)
    {
        if (made.Length != bodies.Length || made.Where((page, i) => (page is null) == (bodies[i] is null)).Any())
        {
            throw new ArgumentException("every page is either made or a body to compose", nameof(bodies));
        }

        (_made, _bodies, _composer) = (made, bodies, composer);
        _labels = [.. made.Select((page, i) => page is null ? PageMap.Label(i + 1) : page.Label)];
        PlacesPages = made.Any(page => page is not null && page.Items.Any(item => item is PlacedPageItem));
    }

    private ComposedPages(ComposedPages pages)
    {
        (_made, _bodies, _labels, _composer) = (pages._made, pages._bodies, pages._labels, pages._composer);
        PlacesPages = pages.PlacesPages;
        _once = true;
    }

    public override int Count => _made.Length;

    public override Page this[int index]
    {
        get
        {
            if (!_once)
            {
                return _made[index] ?? _composer.ComposeInside(_bodies[index]!, index + 1);
            }

            var made = Interlocked.Exchange(ref _made[index], null);
            var body = Interlocked.Exchange(ref _bodies[index], null);
            return made ?? (body is null
                ? throw new InvalidOperationException($"page {index + 1} was read once already")
                : _composer.ComposeInside(body, index + 1));
        }
    }

    public override string? Label(int index) => _labels[index];

    // A body's boxes hold text, rules and pictures, never a placed page: only the pages made already need looking at.
    public override bool PlacesPages { get; }

    /// <summary>The same pages, for a reader that reads each once: this sequence is not to be read any more.</summary>
    public override PageSequence ReadOnce() => new ComposedPages(this);

    public override Page[] MakeAll()
    {
        var pages = new Page[Count];
        Parallel.For(0, pages.Length, i => pages[i] = this[i]);
        return pages;
    }
}
