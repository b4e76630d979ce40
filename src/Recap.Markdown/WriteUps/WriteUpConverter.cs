using Recap.Markdown.Conversion;
using Recap.Model;

namespace Recap.Markdown.WriteUps;

/// <summary>
/// Turns the parsed write-ups into model write-ups, in two passes: first every heading id of
/// every write-up (so links can point forward), then each body with its footnotes.
/// </summary>
internal static class WriteUpConverter
{
    public static List<WriteUp> ConvertAll(ContentContext context, BookMeta book, IReadOnlyList<ParsedWriteUp> writeUps)
    {
        var allocator = new IdAllocator();
        foreach (var writeUp in writeUps)
        {
            allocator.Claim(writeUp.Slug);
        }

        var ids = writeUps.ToDictionary(w => w, w => new WriteUpIds(allocator, w.Slug));
        var anchors = writeUps.ToDictionary(w => w, w => HeadingAnchors.Build(w, ids[w]));
        var links = new LinkTargets(context, writeUps.ToDictionary(w => w.RelativeFile, w => anchors[w], StringComparer.Ordinal));

        var result = new List<WriteUp>();
        foreach (var writeUp in writeUps)
        {
            var scope = new WriteUpScope(context, book, writeUp, ids[writeUp], anchors[writeUp], links);
            var blocks = new BlockConverter(scope);
            var body = blocks.Convert(writeUp.Document);
            var footnotes = scope.Footnotes.Build(blocks, scope);
            var front = writeUp.FrontMatter;
            var meta = new WriteUpMeta(front.Kind, front.Title, writeUp.Slug, front.Speakers, front.Summary, front.Tags, front.Language) { Links = front.Links, Session = front.Session };
            result.Add(new WriteUp(writeUp.Slug, meta, body, footnotes, writeUp.RelativeFile, context.Span(writeUp.RelativeFile, 1, 1)));
        }

        return result;
    }
}
