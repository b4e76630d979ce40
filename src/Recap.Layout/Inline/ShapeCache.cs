using Recap.Fonts;

namespace Recap.Layout.Inline;

/// <summary>
/// Shaped runs remembered by face, size, text and direction: words repeat, and a paragraph is
/// shaped for measuring and again for drawing. Not thread-safe, like <see cref="MeasureCache"/>.
/// </summary>
internal sealed class ShapeCache
{
    private readonly Dictionary<(FontFace Face, double Size, string Text, TextDirection Direction), ShapedRun> _runs = [];

    public ShapedRun Shape(FontFace face, double size, string text, TextDirection direction)
    {
        var key = (face, size, text, direction);
        if (!_runs.TryGetValue(key, out var run))
        {
            run = TextShaper.Shape(face, size, text, direction);
            _runs.Add(key, run);
        }

        return run;
    }
}
