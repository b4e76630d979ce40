namespace Recap.Model.Phrases;

/// <summary>
/// The words Recap itself adds to a publication, in one place for every output: the booklet, the
/// ebook and the mail. English only for now: the content format has no key for them yet; a
/// translated set would be chosen by <c>BookMeta.Language</c> here.
/// </summary>
public static class Labels
{
    public const string Contents = "Contents";
    public const string Landmarks = "Landmarks";
    public const string Cover = "Cover";
    public const string TitlePage = "Title page";
    public const string Start = "Start of content";
    public const string EditedBy = "Edited by";
    public const string Question = "Question";
    public const string Answer = "Answer";
    public const string QuestionMark = "Q";
    public const string AnswerMark = "A";
    public const string Anonymous = "Anonymous";
    public const string Notes = "Notes";
    public const string BackToText = "Back to the text";
    public const string Identifier = "Identifier";
    public const string Published = "Published";
    public const string SetIn = "Set in";
    public const string MadeWith = "Made with Recap from Markdown sources.";
    public const string CoverAlt = "Cover of";
    public const string About = "About this book";
    public const string And = "and";
    public const string Pages = "Pages";
    public const string PrintEdition = "The print edition";
    public const string Speakers = "Speakers";
    public const string Programme = "Programme";
    public const string Time = "Time";
    public const string Room = "Room";
    public const string Track = "Track";
    public const string Talk = "Talk";
    public const string Page = "Page";
    public const string Video = "Video";
    public const string Slides = "Slides";
    public const string Code = "Code";
    public const string Article = "Article";
    public const string TalkLinks = "Links";
    public const string QrCodeFor = "QR code for";
    public const string PhotoOf = "Photo of";
    public const string PageAbbreviation = "p.";

    /// <summary>The label of a talk link's kind: the known kinds in the publication's words, any other as written.</summary>
    public static string LinkKind(string kind) => kind.ToLowerInvariant() switch
    {
        "video" => Video,
        "slides" => Slides,
        "code" => Code,
        "article" => Article,
        _ => kind,
    };
}
