using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;
using SkiaSharp;

namespace Recap.Markdown.Tests;

/// <summary>A content folder written file by file in a temp folder, read with <see cref="ContentReader"/>.</summary>
public sealed class ContentFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public ContentFixture(string? bookYml = "title: Test Book\n")
    {
        if (bookYml is not null)
        {
            Write("book.yml", bookYml);
        }
    }

    public string Folder => _folder.Path;

    public DiagnosticBag Diagnostics { get; } = new();

    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public string Write(string relativePath, byte[] bytes) => _folder.Write(relativePath, bytes);

    /// <summary>A write-up with a title and the given body.</summary>
    public string WriteUp(string fileName, string title, string body) => Write(fileName, $"---\ntitle: {title}\n---\n{body}");

    public string Path(string relativeFile) => System.IO.Path.Combine(Folder, relativeFile);

    public SourceSpan Span(string relativeFile, int line, int column) => new(Path(relativeFile), line, column);

    public Publication? Read() => ContentReader.Read(Folder, Diagnostics);

    public Publication ReadValid()
    {
        var publication = Read();
        Assert.NotNull(publication);
        return publication;
    }

    /// <summary>The one diagnostic with <paramref name="code"/>, checked for its file, line, column and severity.</summary>
    public Diagnostic Single(string code, string relativeFile, int line, int column, Severity severity)
    {
        var found = Diagnostics.Sorted().Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one `{code}`, got:\n{Describe()}");
        var diagnostic = found[0];
        Assert.Equal(new SourceSpan(Path(relativeFile), line, column), diagnostic.Source);
        Assert.Equal(severity, diagnostic.Severity);
        return diagnostic;
    }

    public void NoDiagnostics() => Assert.True(Diagnostics.Sorted().Count == 0, Describe());

    public string Describe() => string.Join("\n", Diagnostics.Sorted());

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A 1 × 1 GIF89a, written out byte by byte (Skia encodes no GIF).</summary>
    public static byte[] Gif() =>
    [
        .."GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
        0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public void Dispose() => _folder.Dispose();
}
