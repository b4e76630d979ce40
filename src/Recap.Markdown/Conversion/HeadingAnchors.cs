using Markdig.Syntax;
using Recap.Model;

namespace Recap.Markdown.Conversion;

/// <summary>
/// The ids of a write-up's headings, settled before any body is converted so that a link in one
/// write-up can point at a heading of another, whichever comes first.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly Dictionary<HeadingBlock, string> _ids = [];
    private readonly Dictionary<string, string> _fragments = new(StringComparer.Ordinal);

    private HeadingAnchors(string writeUpId) => WriteUpId = writeUpId;

    public string WriteUpId { get; }

    /// <summary>Fragments a link may use: a heading's full id or its slug within the write-up.</summary>
    public IReadOnlyDictionary<string, string> Fragments => _fragments;

    public static HeadingAnchors Build(ParsedWriteUp writeUp, WriteUpIds ids)
    {
        var anchors = new HeadingAnchors(writeUp.Slug);
        foreach (var heading in writeUp.Document.Descendants<HeadingBlock>())
        {
            // An empty heading is left out of the body (BlockConverter warns): it claims no id, so no
            // reader ever meets an invented one ("…-untitled") and no link can point at nothing.
            var text = MarkdigPlainText.Of(heading.Inline);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var id = ids.Heading(Slug.From(text));
            anchors._ids[heading] = id;
            anchors._fragments.TryAdd(id, id);
            anchors._fragments.TryAdd(id[(writeUp.Slug.Length + 1)..], id);
        }

        return anchors;
    }

    /// <returns>The heading's id, or null for an empty heading, which has none.</returns>
    public string? IdOf(HeadingBlock heading) => _ids.GetValueOrDefault(heading);
}
