using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Markdown.Files;
using Recap.Markdown.Speakers;
using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.Phrases;

namespace Recap.Markdown.BookFile;

/// <summary>Reads book.yml into <see cref="BookMeta"/>, applying the defaults the content format promises.</summary>
internal static partial class BookFileReader
{
    public const string FileName = "book.yml";

    private static readonly string[] Keys =
        ["title", "subtitle", "language", "date", "event", "editors", "publisher", "description", "keywords", "identifier", "cover", "rights", "handle-url", "order", "speakers"];

    private static readonly string[] EventKeys = ["name", "venue", "city", "url"];

    /// <summary>Null when there is nothing to build from: the file is unreadable, malformed or not a map.</summary>
    public static BookFile? Read(ContentContext context)
    {
        var file = SourceSpan.StartOf(context.DisplayPath(FileName));
        if (ContentFile.ReadText(context, FileName, ContentLimits.BookFileBytes, FileName) is not { } text)
        {
            return null;
        }

        if (YamlSource.Parse(text, context.DisplayPath(FileName), lineOffset: 0, context.Diagnostics) is not var (source, root))
        {
            return null;
        }

        if (root is null || YamlSource.IsNull(root))
        {
            context.Diagnostics.Error(file, "missing-title", $"{FileName} is empty: it needs at least a `title`");
            return null;
        }

        if (YamlMap.From(source, root, $"{FileName} to be a map of keys (`title: …`)") is not { } map)
        {
            return null;
        }

        map.WarnUnknownKeys(Keys, FileName);

        var title = map.Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            context.Diagnostics.Error(map.KeySpan("title") ?? file, "missing-title", $"{FileName} has no `title`");
            title = "";
        }

        var date = ReadDate(map);
        var handleUrl = map.Url("handle-url") ?? BookMeta.DefaultHandleUrl;
        if (!handleUrl.Contains("{handle}", StringComparison.Ordinal))
        {
            context.Diagnostics.Warning(map.ValueSpan("handle-url")!, "handle-url-without-placeholder", "`handle-url` has no `{handle}`: every handle links to the same page");
        }

        var language = ReadLanguage(map, "en");
        var meta = new BookMeta(
            Title: title,
            Subtitle: map.Text("subtitle"),
            Language: language,
            Date: date,
            Event: ReadEvent(map),
            Editors: map.TextList("editors").Select(e => e.Text).ToList(),
            Publisher: map.Text("publisher"),
            Description: map.Text("description"),
            Keywords: map.TextList("keywords").Select(k => k.Text).ToList(),
            Identifier: map.Text("identifier") ?? BookIdentifier.Derive(title, date),
            Cover: map.Text("cover") is { } cover ? context.Images.Resolve(cover, relativeFolder: "", map.ValueSpan("cover")!) : null,
            Rights: map.Text("rights"),
            HandleUrl: handleUrl,
            Source: file)
        {
            SpeakerRegister = SpeakerRegisterReader.Read(map, new SpeakerReader(context, handleUrl, PhraseSet.For(language).Quotes)),
        };

        var order = map.Value("order") is null ? null : map.TextList("order").Select(o => new OrderEntry(o.Text, o.Source)).ToList();
        return new BookFile(meta, order);
    }

    private static DateOnly? ReadDate(YamlMap map)
    {
        if (map.Text("date") is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        map.Source.Diagnostics.Error(map.ValueSpan("date")!, "invalid-date", $"`date` should be a date written YYYY-MM-DD, not `{text}`", "leave it out rather than guess");
        return null;
    }

    /// <summary>The map's <c>language</c>, checked; <paramref name="fallback"/> when absent or wrong (wrong is an error).</summary>
    internal static string ReadLanguage(YamlMap map, string fallback)
    {
        if (map.Text("language") is not { } language)
        {
            return fallback;
        }

        if (LanguageTag().IsMatch(language))
        {
            return language;
        }

        map.Source.Diagnostics.Error(map.ValueSpan("language")!, "invalid-language", $"`language` should be a BCP 47 tag such as `en` or `en-GB`, not `{language}`");
        return fallback;
    }

    private static EventInfo? ReadEvent(YamlMap map)
    {
        if (map.Map("event", "`event` to be a map of `name`, `venue`, `city` and `url`") is not { } e)
        {
            return null;
        }

        e.WarnUnknownKeys(EventKeys, "`event`");
        return new EventInfo(e.Text("name"), e.Text("venue"), e.Text("city"), e.Url("url"));
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
