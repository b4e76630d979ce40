using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Inline;

/// <summary>
/// Shaped runs remembered by face, size, direction and text: words repeat, and a paragraph is
/// shaped for measuring and again for drawing. Texts are looked up as spans, so a word cut from a
/// longer string, or joined with its space in a buffer, makes a string only the first time it is
/// shaped (the run keeps it, and every glyph run of that text shares it). Their glyphs as placed in
/// a line are remembered too, by run and horizontal scale, so the runs of a word set again share one
/// array. Not thread-safe, like <see cref="MeasureCache"/>.
/// </summary>
internal sealed class ShapeCache
{
    private readonly Dictionary<(FontFace Face, double Size, TextDirection Direction), Dictionary<string, ShapedRun>> _runs = [];
    private readonly Dictionary<(ShapedRun Run, double Scale), ImmutableArray<PositionedGlyph>> _placed = [];

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

    /// <summary>The glyphs of <paramref name="run"/> (from <see cref="Shape"/>) as <see cref="GlyphRuns.Position"/> places them.</summary>
    public ImmutableArray<PositionedGlyph> Position(ShapedRun run, double horizontalScale)
    {
        var key = (run, horizontalScale);
        if (!_placed.TryGetValue(key, out var glyphs))
        {
            glyphs = GlyphRuns.Position(run, horizontalScale);
            _placed.Add(key, glyphs);
        }

        return glyphs;
    }
}
