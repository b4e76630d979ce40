namespace Recap.Layout.Booklet;

/// <summary>
/// One line of the booklet's contents: a write-up, or a section the booklet adds (the programme, the
/// speakers), in the order the ebook's nav lists them.
/// </summary>
/// <param name="Id">The anchor and named destination the entry links to and takes its page number from.</param>
/// <param name="Speakers">Names set in italic below the title; empty for a section.</param>
internal sealed record ContentsEntry(string Id, string Title, IReadOnlyList<string> Speakers);
