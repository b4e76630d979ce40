using Recap.Markdown.Yaml;
using Recap.Model;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.Speakers;

/// <summary>
/// book.yml's <c>speakers:</c>, each person described once, keyed by the name write-ups use:
/// <code>
/// speakers:
///   Ada Lovelace:
///     handle: "@ada"
///     photo: images/ada.jpg
/// </code>
/// </summary>
internal static class SpeakerRegisterReader
{
    public static IReadOnlyDictionary<string, Speaker> Read(YamlMap book, SpeakerReader reader)
    {
        var register = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        if (book.Map("speakers", "`speakers` to be a map from each speaker's name to their description (`Ada Lovelace:` then `handle: …` under it)") is not { } map)
        {
            return register;
        }

        var source = book.Source;
        foreach (var (key, value) in map.Entries)
        {
            var name = (key as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                source.Diagnostics.Error(source.Span(key), "speaker-without-name", "a speaker in the register has no name");
                continue;
            }

            if (register.ContainsKey(name))
            {
                source.Diagnostics.Error(source.Span(key), "duplicate-speaker", $"`{name}` is described twice in the register");
                continue;
            }

            var speaker = new Speaker(name, null, null, null, null);
            if (!YamlSource.IsNull(value) && YamlMap.From(source, value, $"`{name}` to be described by a map of `handle`, `affiliation`, `url`, `photo` and `bio`") is { } description)
            {
                description.WarnUnknownKeys(SpeakerReader.DescriptionKeys, $"the speaker `{name}`");
                speaker = reader.Read(description, name, basis: null, relativeFolder: "");
            }

            register[name] = speaker;
        }

        return register;
    }
}
