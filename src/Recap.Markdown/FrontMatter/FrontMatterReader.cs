using Recap.Markdown.BookFile;
using Recap.Markdown.Speakers;
using Recap.Markdown.Talks;
using Recap.Markdown.Typography;
using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Model.Phrases;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.FrontMatter;

/// <summary>Reads a write-up's front matter (title, speakers, kind, summary, tags), with the format's defaults.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] Keys = ["title", "speakers", "kind", "summary", "tags", "language", "links", "when", "room", "track"];
    private static readonly string[] SpeakerKeys = ["name", .. SpeakerReader.DescriptionKeys];
    private static readonly string[] Kinds = ["talk", "foreword", "afterword"];

    /// <param name="relativeFolder">The write-up's folder relative to the content folder: speakers' photos are relative to it.</param>
    public static FrontMatterData Read(FrontMatterSplit split, string displayPath, BookMeta book, ContentContext context, string relativeFolder)
    {
        var diagnostics = context.Diagnostics;
        var fileStart = SourceSpan.StartOf(displayPath);
        YamlMap? map = null;
        if (split.Yaml is { } yaml && YamlSource.Parse(yaml, displayPath, split.YamlLineOffset, diagnostics) is var (source, root))
        {
            if (root is null || YamlSource.IsNull(root))
            {
                diagnostics.Error(fileStart, "missing-title", "the front matter is empty: a write-up needs a `title`");
            }
            else
            {
                map = YamlMap.From(source, root, "the front matter to be a map of keys (`title: …`)");
            }
        }

        if (map is null)
        {
            return new FrontMatterData("", fileStart, WriteUpKind.Foreword, [], null, [], null);
        }

        map.WarnUnknownKeys(Keys, "the front matter");

        var title = map.Text("title");
        var titleSource = map.ValueSpan("title") ?? map.KeySpan("title") ?? fileStart;
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(titleSource, "missing-title", "the write-up has no `title` in its front matter");
            title = "";
        }

        var speakers = ReadSpeakers(map, book, new SpeakerReader(context, book.HandleUrl, PhraseSet.For(book.Language).Quotes), relativeFolder);
        var summary = map.Text("summary");
        var language = BookFileReader.ReadLanguage(map, book.Language);
        var quotes = PhraseSet.For(language).Quotes;
        return new FrontMatterData(
            SmartPunctuation.Apply(title.Trim(), quotes),
            titleSource,
            ReadKind(map, speakers.Count > 0),
            speakers,
            summary is null ? null : SmartPunctuation.Apply(summary.Trim(), quotes),
            map.TextList("tags").Select(t => t.Text).ToList(),
            language == book.Language ? null : language)
        {
            Links = TalkLinksReader.Read(map),
            Session = TalkSessionReader.Read(map),
        };
    }

    /// <summary>
    /// Each speaker as a map (<c>- name: …</c>, with keys that override the register's) or by name
    /// alone (<c>- Ada Lovelace</c>), described by book.yml's register.
    /// </summary>
    private static List<Speaker> ReadSpeakers(YamlMap map, BookMeta book, SpeakerReader reader, string relativeFolder)
    {
        var diagnostics = map.Source.Diagnostics;
        var speakers = new List<Speaker>();
        foreach (var node in map.List("speakers"))
        {
            if (node is YamlScalarNode { Value: var written } && !YamlSource.IsNull(node))
            {
                var plain = written?.Trim() ?? "";
                if (plain.Length == 0)
                {
                    diagnostics.Error(map.Source.Span(node), "speaker-without-name", "a speaker has no `name`");
                    continue;
                }

                speakers.Add(Registered(book, plain, map.Source.Span(node), diagnostics) ?? new Speaker(plain, null, null, null, null));
                continue;
            }

            if (YamlMap.From(map.Source, node, "a speaker as a map, `- name: …`, or a name from book.yml's `speakers`") is not { } speaker)
            {
                continue;
            }

            speaker.WarnUnknownKeys(SpeakerKeys, "a speaker");
            var name = speaker.Text("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                diagnostics.Error(speaker.Span, "speaker-without-name", "a speaker has no `name`");
                continue;
            }

            var basis = book.SpeakerRegister.GetValueOrDefault(name.Trim());
            speakers.Add(reader.Read(speaker, name.Trim(), basis, relativeFolder));
        }

        return speakers;
    }

    /// <summary>A speaker named without a description must be in the register; a near miss is likely a typo.</summary>
    private static Speaker? Registered(BookMeta book, string name, SourceSpan source, DiagnosticBag diagnostics)
    {
        if (book.SpeakerRegister.TryGetValue(name, out var speaker))
        {
            return speaker;
        }

        if (book.SpeakerRegister.Count > 0)
        {
            diagnostics.Warning(source, "unknown-speaker", $"`{name}` is not in book.yml's `speakers`: shown by name only", KeySuggestion.Hint(name, [.. book.SpeakerRegister.Keys]));
        }

        return null;
    }

    private static WriteUpKind ReadKind(YamlMap map, bool hasSpeakers)
    {
        switch (map.Text("kind"))
        {
            case null: return hasSpeakers ? WriteUpKind.Talk : WriteUpKind.Foreword;
            case "talk": return WriteUpKind.Talk;
            case "foreword": return WriteUpKind.Foreword;
            case "afterword": return WriteUpKind.Afterword;
            case var other:
                map.Source.Diagnostics.Error(map.ValueSpan("kind")!, "invalid-value", $"`kind` should be `talk`, `foreword` or `afterword`, not `{other}`", KeySuggestion.Hint(other, Kinds));
                return hasSpeakers ? WriteUpKind.Talk : WriteUpKind.Foreword;
        }
    }
}
