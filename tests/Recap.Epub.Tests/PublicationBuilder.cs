using Recap.Model;

namespace Recap.Epub.Tests;

/// <summary>Builds a publication by hand (the Markdown reader is not a dependency of these tests).</summary>
internal sealed class PublicationBuilder
{
    private readonly List<WriteUpBuilder> _writeUps = [];

    public PublicationBuilder(string title) => Title = title;

    public string Title { get; }

    public string? Subtitle { get; set; }

    public string Language { get; set; } = "en";

    public DateOnly? Date { get; set; }

    public EventInfo? Event { get; set; }

    public List<string> Editors { get; } = [];

    public string? Publisher { get; set; }

    public string? Description { get; set; }

    public List<string> Keywords { get; } = [];

    public string Identifier { get; set; } = "urn:uuid:9c1a3f9e-5a8e-5b8f-9d3c-2f6f0b1c7e42";

    public ImageAsset? Cover { get; set; }

    public string? Rights { get; set; }

    public WriteUpBuilder WriteUp(string title, WriteUpKind kind = WriteUpKind.Talk)
    {
        var builder = new WriteUpBuilder(title, kind);
        _writeUps.Add(builder);
        return builder;
    }

    public Publication Build() => new(
        new BookMeta(Title, Subtitle, Language, Date, Event, Editors, Publisher, Description, Keywords, Identifier, Cover, Rights, BookMeta.DefaultHandleUrl, ModelBuilder.Here),
        [.. _writeUps.Select(w => w.Build())],
        "/nonexistent/content",
        new DateTimeOffset(2016, 6, 2, 12, 0, 0, TimeSpan.Zero));
}
