using Recap.Model.Phrases;

namespace Recap.Mail;

/// <summary>A file the follow-up mail carries, with the words the bodies use to say what it is.</summary>
/// <param name="FileName">The name the recipient sees and saves it under.</param>
/// <param name="MediaType">The MIME type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The file's bytes, attached as they are.</param>
/// <param name="Description">What the file is for, as the bodies say it: "the booklet, to print or read on screen".</param>
public sealed record MailAttachment(string FileName, string MediaType, byte[] Content, string Description)
{
    public static MailAttachment Booklet(string fileName, byte[] content, PhraseSet? phrases = null) =>
        new(fileName, "application/pdf", content, (phrases ?? PhraseSet.English).BookletFile);

    public static MailAttachment Ebook(string fileName, byte[] content, PhraseSet? phrases = null) =>
        new(fileName, "application/epub+zip", content, (phrases ?? PhraseSet.English).EbookFile);
}
