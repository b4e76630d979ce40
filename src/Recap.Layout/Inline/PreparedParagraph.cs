namespace Recap.Layout.Inline;

/// <summary>
/// A paragraph ready to break: its items, and for each item the piece of text it stands for. The
/// items, indices and pieces are views of the preparer's scratch arrays, and the preparer hands out
/// this one object for every paragraph (a paragraph is prepared and set many thousand times a book):
/// valid until that preparer prepares the next paragraph.
/// </summary>
internal sealed class PreparedParagraph
{
    public ArraySegment<Item> Items { get; private set; }

    /// <summary>For each item, the index in <see cref="Pieces"/> of its text, or −1 (glue, penalties, the indent).</summary>
    public ArraySegment<int> PieceOf { get; private set; }

    public ArraySegment<Piece> Pieces { get; private set; }

    /// <summary>Makes this the paragraph just prepared.</summary>
    public void Refill(ArraySegment<Item> items, ArraySegment<int> pieceOf, ArraySegment<Piece> pieces) =>
        (Items, PieceOf, Pieces) = (items, pieceOf, pieces);
}
