using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Inline;

/// <summary>
/// Shaped runs remembered by face, size, text and direction: words repeat, and a paragraph is
/// shaped for measuring and again for drawing. Their glyphs as placed in a line are remembered too,
/// by run and horizontal scale, so the runs of a word set again share one array (and one text with
/// its space, <see cref="WithSpace"/>). Not thread-safe, like <see cref="MeasureCache"/>.
/// </summary>
internal sealed class ShapeCache
{
    private readonly Dictionary<(FontFace Face, double Size, string Text, TextDirection Direction), ShapedRun> _runs = [];
    private readonly Dictionary<(ShapedRun Run, double Scale), ImmutableArray<PositionedGlyph>> _placed = [];
    private readonly Dictionary<string, string> _spaced = new(StringComparer.Ordinal);

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

    /// <summary>
    /// <paramref name="text"/> with a word space after it, one string for every run of that word: a
    /// booklet's glyph runs keep their text to the end, and most are a common word and its space.
    /// </summary>
    public string WithSpace(string text)
    {
        if (!_spaced.TryGetValue(text, out var spaced))
        {
            spaced = text + " ";
            _spaced.Add(text, spaced);
        }

        return spaced;
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
