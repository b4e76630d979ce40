using Recap.Model;

namespace Recap.Mail.Tests;

/// <summary>Small publications built straight from the model, and attachments with recognisable bytes.</summary>
public static class SamplePublication
{
    public static readonly DateTimeOffset Date = DateTimeOffset.FromUnixTimeSeconds(1467331200);

    public static Publication Create(
        string title = "Engines Day Recap",
        EventInfo? eventInfo = null,
        IReadOnlyList<string>? editors = null,
        params WriteUp[] writeUps)
    {
        var meta = new BookMeta(
            title, null, "en", new DateOnly(2016, 7, 1),
            eventInfo ?? new EventInfo("Engines Day", "The Old Mill", "London", null),
            editors ?? ["Charles Babbage"], null, "A day of engines & looms.", [], "urn:uuid:0", null, null,
            BookMeta.DefaultHandleUrl, SourceSpan.StartOf("book.yml"));
        writeUps = writeUps.Length > 0
            ? writeUps
            :
            [
                WriteUp("Welcome", WriteUpKind.Foreword),
                WriteUp("Weaving Algebra", WriteUpKind.Talk, Speaker("Ada Lovelace", "Analytical Society")),
                WriteUp("Two Engines, One Talk", WriteUpKind.Talk, Speaker("Mary Somerville", "Royal Society"), Speaker("John Herschel", "Royal Society"), Speaker("Grace Hopper", null)),
                WriteUp("Punched Cards <Now> & Then", WriteUpKind.Talk),
            ];
        return new Publication(meta, writeUps, "/content", Date);
    }

    public static WriteUp WriteUp(string title, WriteUpKind kind, params Speaker[] speakers)
    {
        var slug = Slug.From(title);
        return new WriteUp(slug, new WriteUpMeta(kind, title, slug, speakers, null, []), [], [], slug + ".md", SourceSpan.StartOf(slug + ".md"));
    }

    public static Speaker Speaker(string name, string? affiliation) => new(name, null, null, affiliation, null);

    public static IReadOnlyList<MailAttachment> Attachments(byte seed = 1) =>
    [
        MailAttachment.Booklet("engines-day-recap.pdf", Bytes(5000, seed)),
        MailAttachment.Ebook("engines-day-recap.epub", Bytes(3000, (byte)(seed + 1))),
    ];

    private static byte[] Bytes(int length, byte seed) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 31) + seed))];
}
