using Recap.Model;
using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>A speaker's name (linked to their site) and handle (linked through <c>handle-url</c>), the same in bylines and the speakers section.</summary>
internal static class SpeakerName
{
    public static void Write(XhtmlWriter writer, Speaker speaker)
    {
        Linked(writer, speaker.Name, SafeUrl.Href(speaker.Url), "speaker-name");
        if (!string.IsNullOrWhiteSpace(speaker.Handle))
        {
            writer.Text(" ");
            Linked(writer, speaker.Handle, SafeUrl.Href(speaker.HandleUrl), "handle");
        }
    }

    /// <summary>A link when there is somewhere to go, else a span with the same class.</summary>
    private static void Linked(XhtmlWriter writer, string text, string? href, string cssClass)
    {
        writer.Start(href is null ? "span" : "a", cssClass);
        if (href is not null)
        {
            writer.Attribute("href", href);
        }

        writer.Text(text);
        writer.End();
    }
}
