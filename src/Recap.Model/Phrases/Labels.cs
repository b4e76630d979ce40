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
    public const string Ampersand = "&";
    public const string Speakers = "Speakers";
    public const string TalksGivenAt = "Talks given at";
    public const string PublishedBy = "Published by";
    public const string SetWithRecap = "Set with Recap.";
    public const string Greeting = "Hello,";
    public const string TalksHeading = "The talks:";
    public const string Closing = "Best regards,";
    public const string ThanksForComing = "Thank you for coming!";

    /// <summary>The mail's thanks: {0} is the event's name, {1} " at " and its place, {2} ", on " and its date (each "" when unknown).</summary>
    public const string ThanksForComingTo = "Thank you for coming to {0}{1}{2}.";
    public const string At = "at";
    public const string On = "on";

    /// <summary>The mail's line before the attachments: {0} is the title with its subtitle.</summary>
    public const string AttachedIs = "Attached is {0}, the write-up of the talks:";

    /// <summary>The mail's subject when the title does not say it is a recap: {0} is the title.</summary>
    public const string TheRecap = "{0} — the recap";
    public const string Recap = "recap";
}
