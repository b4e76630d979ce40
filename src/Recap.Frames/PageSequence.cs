using System.Collections;

namespace Recap.Frames;

/// <summary>
/// A document's pages in order, each either made already or made when it is read: a long booklet's
/// pages are composed as the exporter reaches them and let go once written, so their frames are
/// never all held at once. Reading a page that is made on reading makes it again each time: a
/// reader that needs the pages more than once takes <see cref="PagedDocument.Pages"/>, made once.
/// </summary>
public abstract class PageSequence : IReadOnlyList<Page>
{
    public abstract int Count { get; }

    /// <summary>The page at <paramref name="index"/>, made now if it is made on reading.</summary>
    public abstract Page this[int index] { get; }

    /// <summary>The page's printed number, as <see cref="Page.Label"/> has it, without making the page.</summary>
    public abstract string? Label(int index);

    /// <summary>Whether some page places other pages (<see cref="PlacedPageItem"/>: an imposition's sheets), without making pages that cannot.</summary>
    public abstract bool PlacesPages { get; }

    /// <summary>
    /// The pages for a last reader, which reads each page once: a sequence whose pages are made on reading
    /// may then let go of what each was made from as it is read. This sequence is not read any more.
    /// </summary>
    public virtual PageSequence ReadOnce() => this;

    /// <summary>Pages already made.</summary>
    public static PageSequence Of(IEnumerable<Page> pages) => new Made([.. pages]);

    /// <summary>Every page, made (side by side where pages are made on reading; each is its own).</summary>
    public virtual Page[] MakeAll()
    {
        var pages = new Page[Count];
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i] = this[i];
        }

        return pages;
    }

    public IEnumerator<Page> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Made(Page[] pages) : PageSequence
    {
        public override int Count => pages.Length;

        public override Page this[int index] => pages[index];

        public override string? Label(int index) => pages[index].Label;

        public override bool PlacesPages => pages.Any(page => page.Items.Any(item => item is PlacedPageItem));

        public override Page[] MakeAll() => [.. pages];
    }
}
