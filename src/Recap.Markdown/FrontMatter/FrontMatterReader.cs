using Recap.Markdown.BookFile;
using Recap.Markdown.Typography;
using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Model.Phrases;

namespace Recap.Markdown.FrontMatter;

/// <summary>Reads a write-up's front matter (title, speakers, kind, summary, tags), with the format's defaults.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] Keys = ["title", "speakers", "kind", "summary", "tags", "language"];
    private static readonly string[] SpeakerKeys = ["name", "handle", "affiliation", "url"];
    private static readonly string[] Kinds = ["talk", "foreword", "afterword"];

    public static FrontMatterData Read(FrontMatterSplit split, string displayPath, BookMeta book, DiagnosticBag diagnostics)
    {
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

        var speakers = ReadSpeakers(map, book, diagnostics);
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
            language == book.Language ? null : language);
    }

    private static List<Speaker> ReadSpeakers(YamlMap map, BookMeta book, DiagnosticBag diagnostics)
    {
        var speakers = new List<Speaker>();
        foreach (var node in map.List("speakers"))
        {
            if (YamlMap.From(map.Source, node, "a speaker as a map: `- name: …`") is not { } speaker)
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

            var handle = speaker.Text("handle")?.Trim();
            if (handle is { Length: > 0 } && handle[0] != '@')
            {
                handle = "@" + handle;
            }

            handle = string.IsNullOrEmpty(handle) || handle == "@" ? null : handle;
            speakers.Add(new Speaker(
                name.Trim(),
                handle,
                handle is null ? null : book.LinkForHandle(handle),
                speaker.Text("affiliation"),
                speaker.Url("url")));
        }

        return speakers;
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
