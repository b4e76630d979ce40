using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Markdown.Speakers;

/// <summary>
/// Reads a speaker's description, the same keys in a write-up's <c>speakers:</c> and in book.yml's
/// register. Keys a write-up gives override the register's; keys it leaves out keep them.
/// </summary>
internal sealed class SpeakerReader(ContentContext context, string handleUrl, QuoteMarks quotes)
{
    public static readonly string[] DescriptionKeys = ["handle", "affiliation", "url", "photo", "bio"];

    /// <param name="basis">The register's entry for this name, or null.</param>
    /// <param name="relativeFolder">The folder of the file that names the photo, relative to the content folder.</param>
    public Speaker Read(YamlMap map, string name, Speaker? basis, string relativeFolder)
    {
        var speaker = basis ?? new Speaker(name, null, null, null, null);
        if (map.Value("handle") is not null)
        {
            var handle = Handle(map.Text("handle"));
            speaker = speaker with { Handle = handle, HandleUrl = handle is null ? null : BookMeta.LinkForHandle(handleUrl, handle) };
        }

        if (map.Text("affiliation") is { } affiliation)
        {
            speaker = speaker with { Affiliation = affiliation.Trim() };
        }

        if (map.Value("url") is not null)
        {
            speaker = speaker with { Url = map.Url("url") };
        }

        if (map.Text("photo") is { } photo)
        {
            speaker = speaker with { Photo = context.Images.Resolve(photo.Trim(), relativeFolder, map.ValueSpan("photo")!) };
        }

        if (map.Text("bio") is { } bio)
        {
            speaker = speaker with { Bio = BioParser.Parse(bio, map.ValueSpan("bio")!, context.Diagnostics, quotes) };
        }

        return speaker;
    }

    /// <summary>With its <c>@</c> (added when left out); null when empty.</summary>
    private static string? Handle(string? text)
    {
        var handle = text?.Trim();
        if (handle is { Length: > 0 } && handle[0] != '@')
        {
            handle = "@" + handle;
        }

        return string.IsNullOrEmpty(handle) || handle == "@" ? null : handle;
    }
}
