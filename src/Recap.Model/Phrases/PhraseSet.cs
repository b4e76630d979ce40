using System.Globalization;

namespace Recap.Model.Phrases;

/// <summary>
/// The words Recap itself adds to a publication in one language, for every output: the booklet,
/// the ebook and the mail. Every language in <see cref="PhraseTable"/> must give every entry (they
/// are required), so a new phrase is one property here and one line per language there.
/// Sentences with a hole take it as <c>{0}</c>.
/// </summary>
public sealed record PhraseSet
{
    /// <summary>The language's BCP 47 tag, as the table knows it ("de").</summary>
    public required string Language { get; init; }

    public required string Contents { get; init; }

    public required string Landmarks { get; init; }

    public required string Cover { get; init; }

    public required string TitlePage { get; init; }

    public required string Start { get; init; }

    public required string EditedBy { get; init; }

    public required string Question { get; init; }

    public required string Answer { get; init; }

    /// <summary>The one-letter mark before a question in a Q/A exchange.</summary>
    public required string QuestionMark { get; init; }

    public required string AnswerMark { get; init; }

    public required string Anonymous { get; init; }

    public required string Notes { get; init; }

    /// <summary>The heading of the back cover's list of speakers.</summary>
    public required string Speakers { get; init; }

    public required string BackToText { get; init; }

    public required string Identifier { get; init; }

    public required string Published { get; init; }

    /// <summary>Before the font families: "Set in Go and Go Mono."</summary>
    public required string SetIn { get; init; }

    public required string MadeWith { get; init; }

    /// <summary>Before the title, in the cover picture's text alternative.</summary>
    public required string CoverAlt { get; init; }

    public required string About { get; init; }

    /// <summary>The word before a list's last name: "A, B and C".</summary>
    public required string And { get; init; }

    public required string Pages { get; init; }

    public required string PrintEdition { get; init; }

    /// <summary>The colophon's line naming the event: {0} is "GopherFest, Bently Reserve, San Francisco".</summary>
    public required string TalksGivenAt { get; init; }

    /// <summary>The colophon's line naming the publisher.</summary>
    public required string PublishedBy { get; init; }

    /// <summary>The colophon's last line.</summary>
    public required string SetWith { get; init; }

    public required string Greeting { get; init; }

    public required string TalksHeading { get; init; }

    public required string Closing { get; init; }

    /// <summary>The mail's sentence before the attachments: {0} is the title.</summary>
    public required string Attached { get; init; }

    /// <summary>The mail's thanks when the content names no event.</summary>
    public required string Thanks { get; init; }

    /// <summary>The mail's thanks for an event: {0} the event, {1} its place (or nothing), {2} its date (or nothing).</summary>
    public required string ThanksFor { get; init; }

    /// <summary>The place in <see cref="ThanksFor"/>: {0} is venue and city.</summary>
    public required string AtPlace { get; init; }

    /// <summary>The date in <see cref="ThanksFor"/>: {0} is the long date.</summary>
    public required string OnDate { get; init; }

    /// <summary>What the mail's subject adds to a title that does not say it is a recap.</summary>
    public required string TheRecap { get; init; }

    /// <summary>What the mail says the attached PDF is.</summary>
    public required string BookletFile { get; init; }

    /// <summary>What the mail says the attached EPUB is.</summary>
    public required string EbookFile { get; init; }

    /// <summary>The programme page's heading.</summary>
    public required string Programme { get; init; }

    /// <summary>The programme's time column.</summary>
    public required string Time { get; init; }

    /// <summary>The programme's room column.</summary>
    public required string Room { get; init; }

    /// <summary>The programme's track column.</summary>
    public required string Track { get; init; }

    /// <summary>The programme's title column.</summary>
    public required string Talk { get; init; }

    /// <summary>The programme's page column.</summary>
    public required string Page { get; init; }

    /// <summary>A talk link of kind video.</summary>
    public required string Video { get; init; }

    /// <summary>A talk link of kind slides.</summary>
    public required string Slides { get; init; }

    /// <summary>A talk link of kind code.</summary>
    public required string Code { get; init; }

    /// <summary>A talk link of kind article.</summary>
    public required string Article { get; init; }

    /// <summary>The heading over a talk's links.</summary>
    public required string TalkLinks { get; init; }

    /// <summary>Before the URL in a QR code's text alternative.</summary>
    public required string QrCodeFor { get; init; }

    /// <summary>Before a speaker's name in their photo's text alternative.</summary>
    public required string PhotoOf { get; init; }

    /// <summary>Before a page number in running text.</summary>
    public required string PageAbbreviation { get; init; }

    /// <summary>The placeholder's words where a picture could not be had.</summary>
    public required string PictureUnavailable { get; init; }

    /// <summary>The ebook's accessibility summary: how the text is structured.</summary>
    public required string AccessStructure { get; init; }

    /// <summary>The accessibility summary when the book has no pictures.</summary>
    public required string AccessNoPictures { get; init; }

    /// <summary>The accessibility summary when every picture has alt text.</summary>
    public required string AccessAllDescribed { get; init; }

    /// <summary>The accessibility summary when some pictures lack alt text.</summary>
    public required string AccessSomeUndescribed { get; init; }

    /// <summary>The accessibility summary's sentence on the print edition's pages: {0} is the pagination source.</summary>
    public required string AccessPages { get; init; }

    public required QuoteMarks Quotes { get; init; }

    /// <summary>The months in a long date (in the case a date uses: Polish genitive).</summary>
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>A long date: {d} day, {m} month number, {M} month name, {y} year.</summary>
    public required string DateFormat { get; init; }

    /// <summary>The phrases for <paramref name="languageTag"/>, by its language ("de-AT" → German); English when the table lacks it.</summary>
    public static PhraseSet For(string? languageTag) => PhraseTable.For(languageTag);

    /// <summary>English, the table's first language.</summary>
    public static PhraseSet English => PhraseTable.English;

    /// <summary>The date as this language writes it in running text: "1 June 2016", "1. Juni 2016", "2016年6月1日".</summary>
    public string LongDate(DateOnly date) => DateFormat
        .Replace("{d}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{m}", date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{M}", Months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{y}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The label of a talk link's kind: the known kinds in this language, any other as written.</summary>
    public string LinkKind(string kind) => kind.ToLowerInvariant() switch
    {
        "video" => Video,
        "slides" => Slides,
        "code" => Code,
        "article" => Article,
        _ => kind,
    };

    /// <summary>Fills the hole {0} (and {1}, {2}) of one of the sentences.</summary>
    public static string Fill(string sentence, params string[] values) =>
        string.Format(CultureInfo.InvariantCulture, sentence, values);
}
