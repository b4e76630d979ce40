using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>One write-up as one XHTML file: title, byline, summary, body, then its notes.</summary>
internal static class WriteUpDocument
{
    public static void Write(Stream stream, WriteUpFile file, BookPlan plan)
    {
        var writeUp = file.WriteUp;
        using var writer = XhtmlWriter.Open(stream, writeUp.Meta.Language ?? plan.Meta.Language, writeUp.Meta.Title, "../" + BookPlan.Stylesheet);
        var breaks = new PageBreakWriter(writer, plan.Pages);
        var inlines = new InlineRenderer(writer, plan.Links, file.FileName, breaks);
        var phrases = PhraseSet.For(writeUp.Meta.Language ?? plan.Meta.Language);
        var blocks = new BlockRenderer(writer, inlines, plan.Images, breaks, phrases);
        var (type, role) = Semantics(writeUp.Meta.Kind);
        writer.Start("section", writeUp.Meta.Kind.ToString().ToLowerInvariant());
        writer.EpubType(type);
        writer.Attribute("role", role);
        writer.Attribute("id", writeUp.Id);
        breaks.Start(writeUp.Id);
        writer.NewLine();
        WriteHeader(writer, breaks, writeUp, phrases);
        writer.NewLine();
        blocks.Write(writeUp.Body);
        blocks.WriteFootnotes(writeUp.Footnotes);
        writer.End();
    }

    private static (string EpubType, string Role) Semantics(WriteUpKind kind) => kind switch
    {
        WriteUpKind.Foreword => ("foreword", "doc-foreword"),
        WriteUpKind.Afterword => ("afterword", "doc-afterword"),
        _ => ("chapter", "doc-chapter"),
    };

    // The booklet keeps the title, byline and summary whole, so their pages begin at their starts;
    // the byline's words are in another order than the booklet's, so its markers all go before it.
    private static void WriteHeader(XhtmlWriter writer, PageBreakWriter breaks, WriteUp writeUp, PhraseSet phrases)
    {
        var meta = writeUp.Meta;
        writer.Start("header");
        writer.Start("h1");
        breaks.Count(writeUp.Id);
        breaks.Text(meta.Title);
        breaks.End();
        writer.End();
        if (meta.Speakers.Count > 0)
        {
            breaks.At(writeUp.BylineId);
            writer.Start("ul", "byline");
            foreach (var speaker in meta.Speakers)
            {
                WriteSpeaker(writer, speaker);
            }

            writer.End();
        }

        if (!string.IsNullOrWhiteSpace(meta.Summary))
        {
            writer.Start("p", "summary");
            breaks.Begin(writeUp.SummaryId);
            breaks.Text(meta.Summary);
            breaks.End();
            writer.End();
        }

        TalkLinksWriter.Write(writer, meta, phrases);
        writer.End();
    }

    /// <summary>"Name @handle, Affiliation", in the booklet's order.</summary>
    private static void WriteSpeaker(XhtmlWriter writer, Speaker speaker)
    {
        writer.Start("li", "speaker");
        SpeakerName.Write(writer, speaker);
        if (!string.IsNullOrWhiteSpace(speaker.Affiliation))
        {
            writer.Text(", ");
            writer.Element("span", speaker.Affiliation, "affiliation");
        }

        writer.End();
    }
}
