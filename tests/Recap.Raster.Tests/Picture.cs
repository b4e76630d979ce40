using SkiaSharp;

namespace Recap.Raster.Tests;

/// <summary>A decoded PNG, read pixel by pixel.</summary>
internal sealed class Picture
{
    private readonly SKColor[] _pixels;

    private Picture(int width, int height, SKColor[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public SKColor this[int x, int y] => _pixels[(y * Width) + x];

    public static Picture Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("not a PNG");
        return new Picture(bitmap.Width, bitmap.Height, bitmap.Pixels);
    }

    public static Picture Read(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>Ink: clearly darker than paper in some channel (anti-aliased edges half-covered count).</summary>
    public bool IsInk(int x, int y)
    {
        var c = this[x, y];
        return Math.Min(c.Red, Math.Min(c.Green, c.Blue)) < 160;
    }

    public bool IsWhite(int x, int y) => this[x, y] == SKColors.White;

    /// <summary>The smallest pixel box holding every ink pixel inside <paramref name="area"/>; null if it has none.</summary>
    public PixelBox? InkBox(PixelBox area)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = Math.Max(0, area.Top); y <= Math.Min(Height - 1, area.Bottom); y++)
        {
            for (var x = Math.Max(0, area.Left); x <= Math.Min(Width - 1, area.Right); x++)
            {
                if (IsInk(x, y))
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return right < 0 ? null : new PixelBox(left, top, right, bottom);
    }

    public PixelBox? InkBox() => InkBox(new PixelBox(0, 0, Width - 1, Height - 1));

    /// <summary>
    /// The ink cut into horizontal bands (runs of rows holding ink, split where two or more rows
    /// are blank, so a comma's tail one blank row below its line stays with it): on a page of
    /// text, one band a line, each with the box of its ink.
    /// </summary>
    public IReadOnlyList<PixelBox> InkBands()
    {
        var bands = new List<PixelBox>();
        int start = -1, lastInked = -1;
        for (var y = 0; y <= Height; y++)
        {
            var inked = y < Height && Enumerable.Range(0, Width).Any(x => IsInk(x, y));
            if (inked)
            {
                start = start < 0 ? y : start;
                lastInked = y;
            }
            else if (start >= 0 && (y - lastInked >= 2 || y == Height))
            {
                bands.Add(InkBox(new PixelBox(0, start, Width - 1, lastInked))!.Value);
                start = -1;
            }
        }

        return bands;
    }
}
