using Recap.Model.Phrases;

namespace Recap.Model.Talks;

/// <summary>Where a talk can be found after the event: its video, slides, code, an article.</summary>
/// <param name="Kind">As written in the front matter (<c>video</c>, <c>slides</c>, or any word).</param>
/// <param name="Url">Absolute, with a scheme <c>SafeUrl</c> allows: the reader drops any other.</param>
public sealed record TalkLink(string Kind, string Url, SourceSpan Source)
{
    /// <summary>The kind as readers see it in <paramref name="phrases"/>' language: "Video" for <c>video</c>, any other word as written.</summary>
    public string Label(PhraseSet phrases) => phrases.LinkKind(Kind);

    /// <summary>"example.org/v/42": the URL as a reader would type it from paper.</summary>
    public string ShortText => ReadableUrl.Shorten(Url);
}
