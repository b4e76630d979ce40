using Recap.Model;
using Recap.Model.Phrases;
using Recap.Model.Talks;
using Recap.Theming;

namespace Recap.Epub;

/// <summary>
/// Every file of the book, named before anything is written, so the package document, the navigation
/// and cross-document links all agree. Layout under <c>EPUB/</c>: the front pages and <c>nav.xhtml</c>,
/// <c>text/</c> (one file per write-up), <c>styles/</c> (stylesheet and fonts, as in the theme) and <c>images/</c>.
/// </summary>
internal sealed class BookPlan
{
    public const string PackageFolder = "EPUB/";
    public const string PackagePath = PackageFolder + "content.opf";
    public const string TextFolder = "text/";
    public const string Stylesheet = "styles/epub.css";
    public const string CoverPage = "cover.xhtml";
    public const string TitlePage = "title.xhtml";
    public const string CopyrightPage = "copyright.xhtml";
    public const string Nav = "nav.xhtml";
    public const string Ncx = "toc.ncx";

    public BookPlan(Publication publication, EpubOptions options)
    {
        Publication = publication;
        Options = options;
        // epub.css is a template over theme.yml: its colours and face files are the booklet's.
        Theme = options.Theme;
        var stylesheet = Path.Combine(Theme.Folder, "epub.css");
        StylesheetText = ThemeTemplate.Fill(File.ReadAllText(stylesheet), Theme, stylesheet);
        Fonts = EmbeddedFonts.FromStylesheet(StylesheetText, Theme.Folder, "styles");
        Programme = Model.Talks.Programme.Build(publication);
        Speakers = SpeakerIndex.For(publication);
        Images = new ImageCatalog(publication.WriteUps, Speakers.Select(s => s.Speaker.Photo).OfType<ImageAsset>());
        WriteUps = [.. publication.WriteUps.Select(w => new WriteUpFile(w, w.Slug + ".xhtml", "w-" + w.Slug))];
        Links = new LinkMap(WriteUps.Select(w => (w.WriteUp, w.FileName)));
        Nodes = new NodeIndex(Programme, publication.WriteUps, Speakers);
        Pages = new PageMarkers(options.Print, Nodes, PagedDocuments, Phrases);
        var cover = publication.Meta.Cover;
        CoverImage = new ManifestItem(
            "cover-image",
            "images/cover" + (cover is null ? ".png" : ImageCatalog.ExtensionOf(cover.MediaType)),
            cover?.MediaType ?? "image/png",
            "cover-image");
    }

    public Publication Publication { get; }

    public BookMeta Meta => Publication.Meta;

    /// <summary>Recap's own words in the book's language.</summary>
    public PhraseSet Phrases => PhraseSet.For(Meta.Language);

    public EpubOptions Options { get; }

    public ThemeSettings Theme { get; }

    public string StylesheetText { get; }

    public EmbeddedFonts Fonts { get; }

    public ImageCatalog Images { get; }

    /// <summary>The talks with a time, in time order; empty when the book has no programme page.</summary>
    public IReadOnlyList<ProgrammeSlot> Programme { get; }

    /// <summary>The speakers section's entries; empty when the book has none.</summary>
    public IReadOnlyList<SpeakerEntry> Speakers { get; }

    public ManifestItem? ProgrammeItem => Programme.Count > 0 ? new ManifestItem("programme", TextFolder + ProgrammeDocument.FileName, XhtmlType) : null;

    public ManifestItem? SpeakersItem => Speakers.Count > 0 ? new ManifestItem("speakers", TextFolder + SpeakersDocument.FileName, XhtmlType) : null;

    public IReadOnlyList<WriteUpFile> WriteUps { get; }

    /// <summary>
    /// The documents print pages can begin in, in reading order, as paths relative to the package
    /// document: the nav (the printed contents), the programme, the write-ups, the speakers.
    /// </summary>
    public IReadOnlyList<string> PagedDocuments =>
        [Nav, .. new[] { ProgrammeItem }.Concat(WriteUps.Select(w => w.Item)).Append(SpeakersItem).OfType<ManifestItem>().Select(item => item.Href)];

    public LinkMap Links { get; }

    /// <summary>Every node a print page can begin with, in reading order.</summary>
    public NodeIndex Nodes { get; }

    /// <summary>The print edition's page markers; none without <see cref="EpubOptions.Print"/>.</summary>
    public PageMarkers Pages { get; }

    public ManifestItem CoverImage { get; }

    /// <summary>True when the book shows pictures beyond its cover.</summary>
    public bool HasFigures => Images.ManifestItems.Any();

    /// <summary>True when every figure has a text alternative (the cover page always has one).</summary>
    public bool EveryFigureHasAlt => Publication.WriteUps
        .SelectMany(w => ImageCatalog.Figures(w.Body.Concat(w.Footnotes.SelectMany(f => f.Content))))
        .All(f => !string.IsNullOrWhiteSpace(f.Alt));

    /// <summary>Reading order: cover, title page, its reverse, contents, the programme, the write-ups, then the speakers.</summary>
    public IEnumerable<ManifestItem> Spine =>
        new[] { new ManifestItem("cover", CoverPage, XhtmlType), new ManifestItem("title-page", TitlePage, XhtmlType), new ManifestItem("copyright", CopyrightPage, XhtmlType), new ManifestItem("nav", Nav, XhtmlType, "nav") }
            .Concat(ProgrammeItem is { } programme ? [programme] : [])
            .Concat(WriteUps.Select(w => w.Item))
            .Concat(SpeakersItem is { } speakers ? [speakers] : []);

    public IEnumerable<ManifestItem> Manifest(FontFiles fonts) =>
        Spine
            .Append(new ManifestItem("ncx", Ncx, "application/x-dtbncx+xml"))
            .Append(new ManifestItem("css", Stylesheet, "text/css"))
            .Concat(fonts.ManifestItems)
            .Append(CoverImage)
            .Concat(Images.ManifestItems);

    private const string XhtmlType = "application/xhtml+xml";
}
