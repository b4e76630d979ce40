using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Recap.Markdown.Files;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

/// <summary>Pictures are checked before use: decoded whole within the pixel budget, SVG rebuilt from an allow-list (issue 11).</summary>
public sealed class PictureCheckTests
{
    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    public void A_truncated_picture_is_an_error_naming_it(string extension)
    {
        using var content = new ContentFixture();
        var whole = extension == "png" ? ContentFixture.Png(300, 200) : ContentFixture.Jpeg(300, 200);
        content.Write($"images/cut.{extension}", whole[..(whole.Length * 2 / 3)]);
        content.WriteUp("01-talk.md", "Talk", $"![A picture](images/cut.{extension})\n");

        content.Read();

        var error = content.Single("image-unreadable", "01-talk.md", 4, 1, Severity.Error);
        Assert.Contains($"images/cut.{extension}", error.Message);
    }

    [Fact]
    public void A_picture_over_the_pixel_budget_is_refused_from_its_header()
    {
        using var content = new ContentFixture();
        content.Write("images/huge.png", PngHeaderOnly(100_000, 100_000));
        content.WriteUp("01-talk.md", "Talk", "![Huge](images/huge.png)\n");

        content.Read();

        var error = content.Single("image-unreadable", "01-talk.md", 4, 1, Severity.Error);
        Assert.Contains($"over the limit of {ContentLimits.PicturePixels:N0} pixels", error.Message);
    }

    [Fact]
    public void A_whole_picture_carries_the_bytes_that_were_checked()
    {
        using var content = new ContentFixture();
        var png = ContentFixture.Png(40, 30);
        content.Write("images/ok.png", png);
        content.WriteUp("01-talk.md", "Talk", "![Fine](images/ok.png)\n");

        var figure = Assert.IsType<Figure>(Assert.Single(content.ReadValid().WriteUps[0].Body));

        content.NoDiagnostics();
        Assert.Equal(png, figure.Image!.Content.ToArray());
    }

    [Fact]
    public async Task A_fifo_picture_is_refused_without_hanging()
    {
        using var content = new ContentFixture();
        Directory.CreateDirectory(content.Path("images"));
        SpecialFiles.MakeFifo(content.Path("images/pipe.png"));
        content.WriteUp("01-talk.md", "Talk", "![Pipe](images/pipe.png)\n");

        Assert.True(await SpecialFiles.Finishes(content.Read), "reading a FIFO picture hung");
        Assert.Contains("not a regular file", content.Single("image-unreadable", "01-talk.md", 4, 1, Severity.Error).Message);
    }

    [Fact]
    public void Svg_is_rebuilt_without_script_events_foreign_objects_or_remote_references()
    {
        using var content = new ContentFixture();
        content.Write("images/bad.svg", """
            <?xml version="1.0"?>
            <!DOCTYPE svg>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="10" onload="alert(1)">
              <script>alert(2)</script>
              <style>@import url(https://evil.example/a.css);</style>
              <image href="https://evil.example/x.png" width="1" height="1"/>
              <use xlink:href="#dot"/>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
              <a href="javascript:alert(3)"><rect width="1" height="1"/></a>
              <rect id="dot" width="5" height="5" fill="url(https://evil.example/#p)" stroke="url(#grad)" onclick="alert(4)"/>
              <text x="1" y="9">Hello &amp; bye</text>
            </svg>
            """);
        content.WriteUp("01-talk.md", "Talk", "![Drawing](images/bad.svg)\n");

        var figure = Assert.IsType<Figure>(Assert.Single(content.ReadValid().WriteUps[0].Body));
        var svg = Encoding.UTF8.GetString(figure.Image!.Content.Span);

        foreach (var gone in new[] { "script", "alert", "onload", "onclick", "evil.example", "foreignObject", "DOCTYPE", "<style", "<a ", "html" })
        {
            Assert.DoesNotContain(gone, svg, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("xlink:href=\"#dot\"", svg);
        Assert.Contains("stroke=\"url(#grad)\"", svg);
        Assert.Contains("Hello &amp; bye", svg);
        Assert.Equal((20, 10), (figure.Image!.PixelWidth, figure.Image.PixelHeight));
        var warning = content.Single("svg-cleaned", "01-talk.md", 4, 1, Severity.Warning);
        Assert.Contains("<script>", warning.Message);
    }

    [Fact]
    public void Svg_with_entities_is_refused()
    {
        using var content = new ContentFixture();
        content.Write("images/lol.svg", """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&lol2;</text></svg>
            """);
        content.WriteUp("01-talk.md", "Talk", "![Laughs](images/lol.svg)\n");

        content.Read();

        content.Single("image-unreadable", "01-talk.md", 4, 1, Severity.Error);
    }

    [Fact]
    public void A_clean_svg_keeps_its_drawing()
    {
        using var content = new ContentFixture();
        content.Write("images/ok.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 4"><g transform="scale(2)"><circle cx="2" cy="1" r="1" fill="#00add8"/></g></svg>""");
        content.WriteUp("01-talk.md", "Talk", "![Dot](images/ok.svg)\n");

        var figure = Assert.IsType<Figure>(Assert.Single(content.ReadValid().WriteUps[0].Body));

        content.NoDiagnostics();
        Assert.Equal(
            """<?xml version="1.0" encoding="utf-8"?><svg viewBox="0 0 8 4" xmlns="http://www.w3.org/2000/svg"><g transform="scale(2)"><circle cx="2" cy="1" r="1" fill="#00add8" /></g></svg>""",
            Encoding.UTF8.GetString(figure.Image!.Content.Span));
    }

    /// <summary>A PNG whose header declares the size and whose one data chunk is tiny: small file, huge picture.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), no interlace
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize))
        {
            zlib.Write(new byte[width + 1]);
        }

        return [0x89, .. "PNG\r\n\x1a\n"u8, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        return [.. length, .. typed, .. crc];
    }
}
