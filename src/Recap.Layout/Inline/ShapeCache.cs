using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Inline;

/// <summary>
/// Shaped runs remembered by face, size, direction and text: words repeat, and a paragraph is
/// shaped for measuring and again for drawing. Texts are looked up as spans, so a word cut from a
/// longer string, or joined with its space in a buffer, makes a string only the first time it is
/// shaped (the run keeps it, and every glyph run of that text shares it). What a glyph run of it draws
/// is remembered too, by run, horizontal scale and colour, so the runs of a word set again share one
/// <see cref="ShapedText"/> and each keeps only its place. Not thread-safe, like <see cref="MeasureCache"/>.
/// </summary>
internal sealed class ShapeCache
{
    private readonly Dictionary<(FontFace Face, double Size, TextDirection Direction), Dictionary<string, ShapedRun>> _runs = [];
    private readonly Dictionary<(ShapedRun Run, double Scale, Color Color), ShapedText> _set = [];

    // Lines shape many words in a row in one face and size: keep that table at hand.
    private (FontFace? Face, double Size, TextDirection Direction) _lastKey;
    private Dictionary<string, ShapedRun>.AlternateLookup<ReadOnlySpan<char>> _lastRuns;

    public ShapedRun Shape(FontFace face, double size, ReadOnlySpan<char> text, TextDirection direction)
    {
        if (!ReferenceEquals(face, _lastKey.Face) || size != _lastKey.Size || direction != _lastKey.Direction)
        {
            if (!_runs.TryGetValue((face, size, direction), out var runs))
            {
                runs = new Dictionary<string, ShapedRun>(StringComparer.Ordinal);
                _runs.Add((face, size, direction), runs);
            }

            _lastRuns = runs.GetAlternateLookup<ReadOnlySpan<char>>();
            _lastKey = (face, size, direction);
        }

        if (!_lastRuns.TryGetValue(text, out var run))
        {
            var key = text.ToString();
            run = TextShaper.Shape(face, size, key, direction);
            _lastRuns.Dictionary.Add(key, run);
        }

        return run;
    }

    /// <summary>What a glyph run of <paramref name="run"/> (from <see cref="Shape"/>) draws, as <see cref="GlyphRuns.Set"/> makes it.</summary>
    public ShapedText Set(FontBook book, ShapedRun run, Color color, double horizontalScale)
    {
        var key = (run, horizontalScale, color);
        if (!_set.TryGetValue(key, out var text))
        {
            text = GlyphRuns.Set(book, run, color, horizontalScale);
            _set.Add(key, text);
        }

        return text;
    }
}
