using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.Talks;
using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>
/// A talk's place in the programme ("09:30 · Main hall · Foundations") and its links ("Video:
/// example.org/v/42", the short text linking to the whole URL), under its summary.
/// </summary>
internal static class TalkLinksWriter
{
    public static void Write(XhtmlWriter writer, WriteUpMeta meta, PhraseSet phrases)
    {
        var session = meta.Session;
        var parts = new[] { session.When?.DateText, session.When?.TimeText, session.Room, session.Track }.OfType<string>().ToList();
        if (parts.Count > 0)
        {
            writer.Element("p", string.Join(TalkSession.Separator, parts), "session");
        }

        var links = meta.Links.Where(l => SafeUrl.Href(l.Url) is not null).ToList();
        if (links.Count == 0)
        {
            return;
        }

        writer.Start("ul", "talk-links");
        writer.Attribute("aria-label", phrases.TalkLinks);
        foreach (var link in links)
        {
            writer.Start("li");
            writer.Element("span", link.Label(phrases) + ":", "link-kind");
            writer.Text(" ");
            writer.Start("a");
            writer.Attribute("href", SafeUrl.Href(link.Url)!);
            writer.Text(link.ShortText);
            writer.End();
            writer.End();
        }

        writer.End();
    }
}
