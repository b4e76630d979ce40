using System.Globalization;
using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Epub;

/// <summary>The pages before the first write-up: the cover page, the title page and its reverse.</summary>
internal static class FrontPages
{
    public static void WriteCover(Stream stream, BookPlan plan)
    {
        using var writer = XhtmlWriter.Open(stream, plan.Meta.Language, plan.Meta.Title, BookPlan.Stylesheet);
        writer.Start("div", "cover");
        writer.Start("img");
        writer.Attribute("role", "doc-cover");
        writer.Attribute("src", plan.CoverImage.Href);
        writer.Attribute("alt", $"{plan.Phrases.CoverAlt} {plan.Meta.Title}");
        writer.End();
        writer.End();
    }

    public static void WriteTitlePage(Stream stream, BookPlan plan)
    {
        var meta = plan.Meta;
        using var writer = XhtmlWriter.Open(stream, meta.Language, meta.Title, BookPlan.Stylesheet);
        writer.Start("section", "title-page");
        writer.EpubType("titlepage");
        writer.Element("h1", meta.Title, "title");
        if (!string.IsNullOrWhiteSpace(meta.Subtitle))
        {
            writer.Element("p", meta.Subtitle, "subtitle");
        }

        var eventLine = Words.EventLine(meta, plan.Phrases);
        if (eventLine.Length > 0)
        {
            writer.Element("p", eventLine, "event");
        }

        if (meta.Editors.Count > 0)
        {
            writer.Start("p", "editors");
            writer.Element("span", plan.Phrases.EditedBy, "label");
            foreach (var editor in meta.Editors)
            {
                writer.Start("br");
                writer.End();
                writer.Text(editor);
            }

            writer.End();
        }

        writer.End();
    }

    public static void WriteCopyrightPage(Stream stream, BookPlan plan)
    {
        var meta = plan.Meta;
        using var writer = XhtmlWriter.Open(stream, meta.Language, meta.Title, BookPlan.Stylesheet);
        writer.Start("section", "copyright-page");
        writer.EpubType("copyright-page");
        writer.Attribute("aria-label", plan.Phrases.About);
        if (!string.IsNullOrWhiteSpace(meta.Rights))
        {
            writer.Element("p", meta.Rights, "rights");
        }

        if (!string.IsNullOrWhiteSpace(meta.Publisher) || meta.Date is not null)
        {
            var parts = new[] { meta.Publisher?.Trim(), meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                .Where(p => !string.IsNullOrEmpty(p));
            writer.Element("p", $"{plan.Phrases.Published}: {string.Join(", ", parts)}", "publisher");
        }

        writer.Element("p", $"{plan.Phrases.Identifier}: {meta.Identifier}", "identifier");
        writer.Start("p", "colophon");
        if (plan.Fonts.Families.Count > 0)
        {
            writer.Text($"{plan.Phrases.SetIn} {Words.NameList(plan.Fonts.Families, plan.Phrases)}. ");
        }

        writer.Text(plan.Phrases.MadeWith);
        writer.End();
        writer.End();
    }
}
