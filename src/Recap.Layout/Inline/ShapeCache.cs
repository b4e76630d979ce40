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
    private readonly Dictionary<(FontFace Face, double Size, TextDirection Direction), Dictionary<string, Shaped>> _runs = [];

    // Lines shape many words in a row in one face and size: keep that table at hand.
    private (FontFace? Face, double Size, TextDirection Direction) _lastKey;
    private Dictionary<string, Shaped>.AlternateLookup<ReadOnlySpan<char>> _lastRuns;

    // A line draws each run just after shaping it: its texts are then at hand, with no lookup by run.
    private Shaped? _lastShaped;

    // Runs asked for out of that order, found by reference (a run is made once per text, here).
    private readonly Dictionary<ShapedRun, Shaped> _byRun = new(ReferenceEqualityComparer.Instance);

    public ShapedRun Shape(FontFace face, double size, ReadOnlySpan<char> text, TextDirection direction)
    {
        if (!ReferenceEquals(face, _lastKey.Face) || size != _lastKey.Size || direction != _lastKey.Direction)
        {
            if (!_runs.TryGetValue((face, size, direction), out var runs))
            {
                runs = new Dictionary<string, Shaped>(StringComparer.Ordinal);
                _runs.Add((face, size, direction), runs);
            }

            _lastRuns = runs.GetAlternateLookup<ReadOnlySpan<char>>();
            _lastKey = (face, size, direction);
        }

        if (!_lastRuns.TryGetValue(text, out var shaped))
        {
            var key = text.ToString();
            shaped = new Shaped(TextShaper.Shape(face, size, key, direction));
            _lastRuns.Dictionary.Add(key, shaped);
        }

        _lastShaped = shaped;
        return shaped.Run;
    }

    /// <summary>What a glyph run of <paramref name="run"/> (from <see cref="Shape"/>) draws, as <see cref="GlyphRuns.Set"/> makes it.</summary>
    public ShapedText Set(FontBook book, ShapedRun run, Color color, double horizontalScale)
    {
        var shaped = _lastShaped;
        if (shaped is null || !ReferenceEquals(shaped.Run, run))
        {
            if (!_byRun.TryGetValue(run, out shaped))
            {
                // Only a run this cache shaped is found among its texts; it is remembered by reference anyway.
                shaped = Find(run) ?? new Shaped(run);
                _byRun.Add(run, shaped);
            }
        }

        return shaped.Set(book, color, horizontalScale);
    }

    /// <summary>The entry for a run this cache shaped, or null for a run made elsewhere.</summary>
    private Shaped? Find(ShapedRun run) =>
        _runs.TryGetValue((run.Face, run.Size, run.Direction), out var runs) && runs.TryGetValue(run.Text, out var shaped) && ReferenceEquals(shaped.Run, run)
            ? shaped
            : null;

    /// <summary>
    /// A shaped run and the texts drawn from it so far: one per scale and colour. A line whose expansion
    /// reaches its limit gets a scale of its own, so a common word gathers many: the first few are
    /// scanned, kept beside their keys, and the rest looked up.
    /// </summary>
    private sealed class Shaped(ShapedRun run)
    {
        private const int Scanned = 8;

        private (double Scale, Color Color, ShapedText Text)[] _texts = []; // grows to Scanned: most words are set at a scale or two
        private int _count;
        private Dictionary<(double Scale, Color Color), ShapedText>? _more;

        public ShapedRun Run => run;

        public ShapedText Set(FontBook book, Color color, double horizontalScale)
        {
            var texts = _texts.AsSpan(0, _count);
            for (var i = 0; i < texts.Length; i++)
            {
                if (texts[i].Scale.Equals(horizontalScale) && texts[i].Color == color)
                {
                    return texts[i].Text;
                }
            }

            if (_more is not null && _more.TryGetValue((horizontalScale, color), out var found))
            {
                return found;
            }

            var made = GlyphRuns.Set(book, run, color, horizontalScale);
            if (_count < Scanned)
            {
                if (_count == _texts.Length)
                {
                    Array.Resize(ref _texts, Math.Max(2, _count * 2));
                }

                _texts[_count++] = (horizontalScale, color, made);
            }
            else
            {
                (_more ??= []).Add((horizontalScale, color), made);
            }

            return made;
        }
    }
}
