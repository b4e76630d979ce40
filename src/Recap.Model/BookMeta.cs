namespace Recap.Model;

/// <summary>Everything <c>book.yml</c> may hold, resolved (defaults applied, paths checked).</summary>
/// <param name="Language">BCP 47 tag, <c>en</c> unless given.</param>
/// <param name="Date">The event's date; null when the content does not say.</param>
/// <param name="Identifier">As given, or a <c>urn:uuid:</c> derived from title and date.</param>
/// <param name="Cover">A cover picture supplied by the content; null means the writers draw one.</param>
/// <param name="HandleUrl">Link template for speaker handles, with <c>{handle}</c> for the handle without its <c>@</c>.</param>
public sealed record BookMeta(
    string Title,
    string? Subtitle,
    string Language,
    DateOnly? Date,
    EventInfo? Event,
    IReadOnlyList<string> Editors,
    string? Publisher,
    string? Description,
    IReadOnlyList<string> Keywords,
    string Identifier,
    ImageAsset? Cover,
    string? Rights,
    string HandleUrl,
    SourceSpan Source)
{
    /// <summary>book.yml's <c>speakers:</c>: each person described once, by the name write-ups use.</summary>
    public IReadOnlyDictionary<string, Speaker> SpeakerRegister { get; init; } = new Dictionary<string, Speaker>();

    public const string DefaultHandleUrl = "https://twitter.com/{handle}";

    /// <summary>The link for a handle given with or without its leading <c>@</c>.</summary>
    public string LinkForHandle(string handle) => LinkForHandle(HandleUrl, handle);

    /// <summary>The link <paramref name="template"/> (with <c>{handle}</c>) gives a handle, with or without its leading <c>@</c>.</summary>
    public static string LinkForHandle(string template, string handle) => template.Replace("{handle}", handle.TrimStart('@'), StringComparison.Ordinal);
}

/// <summary>The event a publication recaps.</summary>
public sealed record EventInfo(string? Name, string? Venue, string? City, string? Url);
