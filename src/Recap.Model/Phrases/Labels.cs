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
    public const string PictureUnavailable = "Picture not available";
}
