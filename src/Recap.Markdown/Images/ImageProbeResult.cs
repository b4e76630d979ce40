namespace Recap.Markdown.Images;

/// <summary>What <see cref="ImageProbe"/> found: a usable picture, its size and checked bytes, or why not.</summary>
internal sealed record ImageProbeResult(string? MediaType, int Width, int Height, string? Problem, bool IsUnsupported, byte[] Content)
{
    /// <summary>What cleaning took out of an SVG (element and attribute names), for a warning; empty for the rest.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    public static ImageProbeResult Supported(string mediaType, int width, int height, byte[] content) => new(mediaType, width, height, null, false, content);

    public static ImageProbeResult Unreadable(string problem) => new(null, 0, 0, problem, false, []);

    public static ImageProbeResult Unsupported() => new(null, 0, 0, null, true, []);
}
