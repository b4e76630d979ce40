namespace Recap.Layout;

/// <summary>What a layout run needs besides the publication and the theme.</summary>
/// <param name="Date">The document's creation and modification date (SOURCE_DATE_EPOCH or the content's).</param>
public sealed record LayoutOptions(DateTimeOffset Date);
