using Recap.Frames;

namespace Recap.Theming;

/// <summary>The paper sizes <c>--paper</c> accepts, portrait, in points.</summary>
public static class Paper
{
    public static IReadOnlyDictionary<string, Size> Sizes { get; } = new Dictionary<string, Size>(StringComparer.OrdinalIgnoreCase)
    {
        ["a5"] = Size.A5,
        ["a4"] = Size.A4,
        ["letter"] = Size.Letter,
        ["half-letter"] = Size.HalfLetter,
    };

    public static Size Parse(string name) =>
        Sizes.TryGetValue(name, out var size)
            ? size
            : throw new ArgumentException($"unknown paper '{name}': use {string.Join(", ", Sizes.Keys)}", nameof(name));
}
