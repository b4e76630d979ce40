namespace Recap.Markdown.Images;

/// <summary>What <see cref="ImageProbe"/> found: a supported picture and its size, or why not.</summary>
internal sealed record ImageProbeResult(string? MediaType, int Width, int Height, string? Problem, bool IsUnsupported)
{
    public static ImageProbeResult Supported(string mediaType, int width, int height) => new(mediaType, width, height, null, false);

    public static ImageProbeResult Unreadable(string problem) => new(null, 0, 0, problem, false);

    public static ImageProbeResult Unsupported() => new(null, 0, 0, null, true);
}
