using Recap.Frames;
using Recap.Model;
using Recap.Theming;
using SkiaSharp;

namespace Recap.Epub;

/// <summary>
/// Draws the cover when the content supplies none: a 1600 × 2400 PNG (2:3; Apple asks for at least 1400 pixels
/// across, Kobo suggests 1600 × 2400, and it stays well under Kobo's 3 MB)
/// with the title on a field of the theme's accent, the subtitle below and the event at the foot, in the theme's faces.
/// Fonts come from files (SkiaSharp's NoDependencies build sees no system fonts), and the same
/// input draws the same pixels, so the PNG bytes are stable.
/// </summary>
internal static class CoverRenderer
{
    public const int Width = 1600;
    public const int Height = 2400;

    private const float Margin = 140;
    private const float FieldHeight = 1400;

    public static byte[] Render(BookMeta meta, ThemeSettings theme)
    {
        using var bold = Typeface(theme.Fonts, theme.Fonts.Bold);
        using var regular = Typeface(theme.Fonts, theme.Fonts.Regular);
        using var medium = Typeface(theme.Fonts, theme.Fonts.Medium);
        var ink = ToSkia(theme.Colors.Text);
        // Opaque: the PNG is RGB without alpha, a quarter less to compress (half the encoding time, fewer bytes).
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true, Color = ToSkia(theme.Colors.Accent) };
        canvas.DrawRect(0, 0, Width, FieldHeight, paint);

        var textWidth = Width - (2 * Margin);
        if (!string.IsNullOrWhiteSpace(meta.Event?.Name))
        {
            paint.Color = SKColors.White.WithAlpha(0xC0);
            using var font = new SKFont(medium, 60);
            canvas.DrawText(Fit(meta.Event.Name.Trim(), font, textWidth), Margin, Margin + 60, SKTextAlign.Left, font, paint);
        }

        // The title sits on the foot of the blue field, growing upwards.
        paint.Color = SKColors.White;
        var (titleFont, titleLines) = Shrink(meta.Title, bold, 170, 90, textWidth, maxLines: 5);
        using (titleFont)
        {
            var leading = titleFont.Size * 1.12f;
            var baseline = FieldHeight - 130 - (leading * (titleLines.Count - 1));
            foreach (var line in titleLines)
            {
                canvas.DrawText(line, Margin, baseline, SKTextAlign.Left, titleFont, paint);
                baseline += leading;
            }
        }

        paint.Color = ink;
        if (!string.IsNullOrWhiteSpace(meta.Subtitle))
        {
            using var font = new SKFont(regular, 80);
            var baseline = FieldHeight + 190;
            foreach (var line in Wrap(meta.Subtitle.Trim(), font, textWidth).Take(4))
            {
                canvas.DrawText(line, Margin, baseline, SKTextAlign.Left, font, paint);
                baseline += 80 * 1.3f;
            }
        }

        var place = new[] { meta.Event?.Venue, meta.Event?.City }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        if (place.Count > 0)
        {
            canvas.DrawRect(Margin, Height - 380, 240, 10, paint);
            using var font = new SKFont(medium, 60);
            var baseline = Height - 270f;
            foreach (var line in place)
            {
                canvas.DrawText(Fit(line, font, textWidth), Margin, baseline, SKTextAlign.Left, font, paint);
                baseline += 60 * 1.35f;
            }
        }

        // No filter suits flat colour fields: runs of one RGB triple deflate best (smaller than Sub, and as fast).
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 6))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the cover as PNG");
        return png.ToArray();
    }

    private static SKTypeface Typeface(ThemeFontFiles fonts, string file)
    {
        var path = fonts.PathOf(file);
        return SKTypeface.FromFile(path) ?? throw new FileNotFoundException("SkiaSharp cannot read the theme's face " + file, path);
    }

    private static SKColor ToSkia(Color color) => new(color.R, color.G, color.B);

    /// <summary>The largest size from <paramref name="largest"/> down at which the text wraps into few enough lines.</summary>
    private static (SKFont Font, IReadOnlyList<string> Lines) Shrink(string text, SKTypeface face, float largest, float smallest, float width, int maxLines)
    {
        for (var size = largest; ; size -= 10)
        {
            var font = new SKFont(face, size);
            var lines = Wrap(text.Trim(), font, width);
            var fits = lines.Count <= maxLines && lines.All(l => font.MeasureText(l) <= width);
            if (fits || size - 10 < smallest)
            {
                return (font, fits ? lines : [.. lines.Take(maxLines).Select(l => Fit(l, font, width))]);
            }

            font.Dispose();
        }
    }

    /// <summary>Greedy word wrap; a word longer than the line stays whole (the caller shrinks or clips).</summary>
    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text cut with an ellipsis so that it fits the width.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }
}
