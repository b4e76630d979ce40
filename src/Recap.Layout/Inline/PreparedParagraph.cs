namespace Recap.Layout.Inline;

/// <summary>
/// A paragraph ready to break: its items, and for each item the piece of text it stands for. The
/// items, indices and pieces are views of the preparer's scratch arrays (a paragraph is prepared and
/// set many thousand times a book): valid until that preparer prepares the next paragraph.
/// </summary>
/// <param name="PieceOf">For each item, the index in <paramref name="Pieces"/> of its text, or −1 (glue, penalties, the indent).</param>
internal sealed record PreparedParagraph(ArraySegment<Item> Items, ArraySegment<int> PieceOf, ArraySegment<Piece> Pieces);
