using System.Collections.Immutable;

namespace Recap.Layout.Inline;

/// <summary>A paragraph ready to break: its items, and for each item the piece of text it stands for.</summary>
/// <param name="PieceOf">For each item, the index in <paramref name="Pieces"/> of its text, or −1 (glue, penalties, the indent).</param>
internal sealed record PreparedParagraph(ImmutableArray<Item> Items, ImmutableArray<int> PieceOf, IReadOnlyList<Piece> Pieces);
