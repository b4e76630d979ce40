using Recap.Layout.Tests.Booklet;
using Recap.Model.Phrases;
using Recap.Model.Talks;
using Recap.Testing;

namespace Recap.Layout.Tests.Talks;

/// <summary>
/// The booklet's talk links, speakers section and programme, read from the example conference's
/// rendered pages: QR codes decoded from pixels, page numbers against where the talks open.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class TalkPagesTests(ExampleBooklet booklet) : IClassFixture<ExampleBooklet>
{
    /// <summary>Enough for the 0.5 mm modules to span several pixels, as a phone's camera resolves them.</summary>
    private const double Dpi = 200;

    [Fact]
    public void EveryQrCodeOnEveryPageDecodesToExactlyItsTalksUrls()
    {
        var expected = booklet.Talks.ToLookup(booklet.OpenerPage, t => t.Meta.Links.Select(l => l.Url));
        var decodedCount = 0;
        foreach (var page in booklet.Pages)
        {
            var decoded = QrReader.DecodeAll(GrayPage.Render(booklet.PdfPath, page.Number, Dpi, booklet.Folder)).Order(StringComparer.Ordinal);
            var wanted = expected[page.Number].SelectMany(urls => urls).Order(StringComparer.Ordinal);
            Assert.Equal(wanted, decoded);
            decodedCount += decoded.Count();
        }

        Assert.Equal(booklet.Talks.Sum(t => t.Meta.Links.Count), decodedCount);
        Assert.True(decodedCount >= 7, "the example has seven talk links");
    }

    [Fact]
    public void EachCodeSitsUnderALinkToItsOwnUrlAndIsLargeEnoughForAPhone()
    {
        foreach (var talk in booklet.Talks)
        {
            var number = booklet.OpenerPage(talk);
            var page = GrayPage.Render(booklet.PdfPath, number, Dpi, booklet.Folder);

            // A code's link is the square one; the text's links are a line high.
            var codes = booklet.UriLinks[number - 1].Where(l => Math.Abs(l.Width - l.Height) < 0.5).ToList();
            Assert.Equal(talk.Meta.Links.Select(l => l.Url), codes.Select(c => c.Uri));
            foreach (var code in codes)
            {
                Assert.Equal(code.Uri, QrReader.Decode(page.Crop(code.Left, code.Top, code.Right, code.Bottom, margin: 0)));

                // The link's area is the symbol with its quiet zone: at least 2 cm, the size a phone reads at arm's length.
                Assert.True(code.Width >= 20 / 25.4 * 72, $"{code.Uri}: {code.Width:F1} pt");
            }

            // The readable text, without the scheme, links to the whole URL.
            var text = BookletPdfPage.Squeeze(booklet.Pages[number - 1].Text);
            foreach (var link in talk.Meta.Links)
            {
                Assert.Contains(BookletPdfPage.Squeeze($"{link.Label(PhraseSet.English)}: {link.ShortText}"), text, StringComparison.Ordinal);
                Assert.Contains(booklet.UriLinks[number - 1], l => l.Uri == link.Url && l.Height < l.Width / 2);
            }
        }
    }

    [Fact]
    public void TheSpeakersSectionGivesEachSpeakerTheTruePagesOfTheirTalks()
    {
        var speakers = SpeakerIndex.For(booklet.Publication);
        Assert.Equal(["Grace Hopper", "Ada Lovelace", "Émile Zola"], speakers.Select(s => s.Speaker.Name));
        var page = booklet.PageTitled("Speakers");
        Assert.True(page.Number > booklet.Talks.Max(booklet.OpenerPage), "the speakers section follows the talks");
        var text = BookletPdfPage.Squeeze(page.Text);
        var place = 0;
        foreach (var entry in speakers)
        {
            var at = text.IndexOf(BookletPdfPage.Squeeze(entry.Speaker.Name), place, StringComparison.Ordinal);
            Assert.True(at >= place, $"{entry.Speaker.Name} in sorted order");
            place = at;
            foreach (var talk in entry.Talks)
            {
                Assert.Contains(BookletPdfPage.Squeeze($"{talk.Meta.Title}, p. {booklet.OpenerPage(talk)}"), text, StringComparison.Ordinal);
            }
        }

        // Every page number is a link to the page where the talk opens.
        var targets = page.Links.Where(l => l.TargetPage is not null).Select(l => l.TargetPage!.Value).ToHashSet();
        Assert.Equal(booklet.Talks.Select(booklet.OpenerPage).ToHashSet(), targets);
    }

    [Fact]
    public void AnSvgPhotoIsDrawnAsVectorShapesInTheSpeakersSection()
    {
        var number = booklet.PageTitled("Speakers").Number;
        var stem = Path.Combine(booklet.Folder, $"colour-{number}");
        var render = ExternalTool.Run("pdftoppm", "-r", "72", "-png", "-f", $"{number}", "-l", $"{number}", "-singlefile", booklet.PdfPath, stem);
        Assert.True(render.ExitCode == 0, render.All);
        using var bitmap = SkiaSharp.SKBitmap.Decode(stem + ".png");
        var colours = bitmap.Pixels.ToHashSet();

        // Grace's photo is images/grace.svg: its background and its figure, in their own colours.
        Assert.Contains(new SkiaSharp.SKColor(0xf0, 0xa0, 0x20), colours);
        Assert.Contains(new SkiaSharp.SKColor(0x3c, 0x28, 0x78), colours);

        // Drawn as shapes: the page's only image is Ada's bitmap photo.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(booklet.PdfPath);
        Assert.Single(pdf.GetPage(number).GetImages());
    }

    [Fact]
    public void TheContentsListTheProgrammeFirstAndTheSpeakersLastWithTheirPages()
    {
        var programme = booklet.PageTitled("Programme").Number;
        var speakers = booklet.PageTitled("Speakers").Number;
        var contents = booklet.PageTitled("Contents");

        // As the ebook's nav: the programme, the write-ups in reading order, the speakers, each a link to its page.
        var entries = contents.Links
            .Where(l => l.TargetPage is not null)
            .Select(l => (Page: l.TargetPage!.Value, Text: string.Concat(contents.Glyphs.Where(g => !g.Artifact && l.Holds(g)).Select(g => g.Value))))
            .DistinctBy(e => e.Page)
            .ToList();
        Assert.Equal($"Programme{programme}", entries[0].Text);
        Assert.Equal($"Speakers{speakers}", entries[^1].Text);
        Assert.Equal([programme, .. booklet.Publication.WriteUps.Select(booklet.OpenerPage), speakers], entries.Select(e => e.Page));
    }

    [Fact]
    public void TheProgrammeFollowsTheContentsAndListsEachTalkInTimeOrderWithTimeRoomAndPage()
    {
        var page = booklet.PageTitled("Programme");
        Assert.Contains("Contents", booklet.Pages[page.Number - 2].TextAtSize(booklet.Theme.TitleSize), StringComparison.Ordinal);
        var text = BookletPdfPage.Squeeze(page.Text);
        string[] order = ["09:30", "NotesontheEngine", "Mainhall·Foundations", "10:15", "CompilersforEveryone", "RoomB·Tools", "11:00", "TheFirstBug", "Mainhall", "14:00", "NaturalisminProse", "RoomB"];
        var place = 0;
        foreach (var part in order)
        {
            var at = text.IndexOf(part, place, StringComparison.Ordinal);
            Assert.True(at >= place, $"{part} after position {place} in {text}");
            place = at + part.Length;
        }

        var slots = Programme.Build(booklet.Publication);
        Assert.Equal(booklet.Talks.Count(), slots.Count);
        var targets = page.Links.Where(l => l.TargetPage is not null).Select(l => l.TargetPage!.Value).ToList();
        Assert.Equal(slots.Select(s => booklet.OpenerPage(s.Talk)).Distinct(), targets.Distinct());
    }
}
