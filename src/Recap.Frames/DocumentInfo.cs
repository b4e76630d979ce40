using System.Collections.Immutable;

namespace Recap.Frames;

/// <summary>
/// What the document says about itself. Dates are given, never read from the clock, so the same
/// input gives the same bytes; leave them null to write none.
/// </summary>
/// <param name="Language">The BCP 47 tag of the document's main language, e.g. "en-US".</param>
public sealed record DocumentInfo(
    string Title,
    string Language,
    string? Author = null,
    string? Subject = null,
    ImmutableArray<string> Keywords = default,
    DateTimeOffset? Created = null,
    DateTimeOffset? Modified = null,
    string Producer = "Recap");
