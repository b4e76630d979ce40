using Recap.Model.Phrases;
using Recap.Model.Talks;

namespace Recap.Epub;

/// <summary>
/// <c>nav.xhtml</c>: the one <c>toc</c> nav (write-ups, their sections nested) and the landmarks
/// (cover, title page, contents, start of the body), and with a print edition the <c>page-list</c>.
/// It is in the spine, as the book's printed contents.
/// </summary>
internal static class NavDocument
{
    public static void Write(Stream stream, BookPlan plan, IReadOnlyList<TocEntry> toc)
    {
        using var writer = XhtmlWriter.Open(stream, plan.Meta.Language, plan.Phrases.Contents, BookPlan.Stylesheet, indent: true);
        writer.Start("nav", "toc");
        writer.EpubType("toc");
        writer.Attribute("role", "doc-toc");
        writer.Attribute("id", "toc");

        // The booklet's contents pages are marked here: at the heading, and before each top-level entry a page begins with.
        var breaks = new PageBreakWriter(writer, plan.Pages);
        writer.Start("h1");
        breaks.Start(SectionIds.Contents);
        writer.Text(plan.Phrases.Contents);
        writer.End();

        // A toc list may not be empty; a book without write-ups (the reader only warns) lists its title page.
        WriteList(writer, toc.Count > 0 ? toc : [new TocEntry(plan.Phrases.TitlePage, BookPlan.TitlePage, [])], breaks);
        writer.End();

        writer.Start("nav");
        writer.EpubType("landmarks");
        writer.Attribute("id", "landmarks");
        writer.Attribute("hidden", "hidden");
        writer.Element("h2", plan.Phrases.Landmarks);
        writer.Start("ol");
        Landmark(writer, "cover", BookPlan.CoverPage, plan.Phrases.Cover);
        Landmark(writer, "titlepage", BookPlan.TitlePage, plan.Phrases.TitlePage);
        Landmark(writer, "toc", BookPlan.Nav + "#toc", plan.Phrases.Contents);
        if (plan.ProgrammeItem is { } programme)
        {
            Landmark(writer, "frontmatter", programme.Href, plan.Phrases.Programme);
        }

        if (plan.WriteUps.Count > 0)
        {
            Landmark(writer, "bodymatter", plan.WriteUps[0].Href, plan.Phrases.Start);
        }

        if (plan.SpeakersItem is { } speakers)
        {
            Landmark(writer, "contributors", speakers.Href, plan.Phrases.Speakers);
        }

        writer.End();
        writer.End();

        if (plan.Pages.Any)
        {
            WritePageList(writer, plan.Pages, plan.Phrases);
        }
    }

    /// <summary>One link per print page, in page order, to its marker; hidden, as reading systems offer it as "go to page".</summary>
    private static void WritePageList(XhtmlWriter writer, PageMarkers pages, PhraseSet phrases)
    {
        writer.Start("nav");
        writer.EpubType("page-list");
        writer.Attribute("role", "doc-pagelist");
        writer.Attribute("id", "page-list");
        writer.Attribute("hidden", "hidden");
        writer.Element("h2", phrases.Pages);
        writer.Start("ol");
        foreach (var page in pages.All)
        {
            writer.Start("li");
            writer.Start("a");
            writer.Attribute("href", page.Href);
            writer.Text(page.Label);
            writer.End();
            writer.End();
        }

        writer.End();
        writer.End();
    }

    /// <param name="breaks">For the top level only: its entries are the booklet's contents entries, whose pages are marked.</param>
    private static void WriteList(XhtmlWriter writer, IReadOnlyList<TocEntry> entries, PageBreakWriter? breaks = null)
    {
        writer.Start("ol");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            writer.Start("li");
            writer.Start("a");
            writer.Attribute("href", entry.Href);
            breaks?.Start(SectionIds.ContentsEntry(i));
            writer.Text(entry.Title);
            writer.End();
            if (entry.Children.Count > 0)
            {
                WriteList(writer, entry.Children);
            }

            writer.End();
        }

        writer.End();
    }

    private static void Landmark(XhtmlWriter writer, string type, string href, string label)
    {
        writer.Start("li");
        writer.Start("a");
        writer.EpubType(type);
        writer.Attribute("href", href);
        writer.Text(label);
        writer.End();
        writer.End();
    }
}
