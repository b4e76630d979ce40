using System.Text;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

public sealed class ImageTests
{
    private static IReadOnlyList<Block> Body(ContentFixture content, string body)
    {
        content.WriteUp("01-talk.md", "Talk", body);
        return Assert.Single(content.ReadValid().WriteUps).Body;
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_is_a_figure_with_alt_and_caption()
    {
        using var content = new ContentFixture();
        content.Write("images/trace.png", ContentFixture.Png(40, 30));

        var body = Body(content, "![A \"trace\" view](images/trace.png \"The trace -- live\")\n");

        content.NoDiagnostics();
        var figure = Assert.IsType<Figure>(Assert.Single(body));
        Assert.Equal("talk-b1", figure.Id);
        Assert.Equal("A \u201Ctrace\u201D view", figure.Alt);
        Assert.Equal("The trace \u2013 live", InlineText.Plain(figure.Caption));
        Assert.Equal(new ImageAsset(content.Path("images/trace.png"), "images/trace.png", "image/png", 40, 30), figure.Image! with { Content = default });
        Assert.Equal(content.Span("01-talk.md", 4, 1), figure.Source);
    }

    [Fact]
    public void Jpeg_gif_and_svg_are_supported()
    {
        using var content = new ContentFixture();
        content.Write("a.jpg", ContentFixture.Jpeg(7, 5));
        content.Write("b.gif", ContentFixture.Gif());
        content.Write("c.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"80\"><rect/></svg>");
        content.Write("d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 32\"></svg>");
        content.Write("e.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"></svg>");

        var body = Body(content, "![a](a.jpg)\n\n![b](b.gif)\n\n![c](c.svg)\n\n![d](d.svg)\n\n![e](e.svg)\n");

        content.NoDiagnostics();
        Assert.Equal(
            [("image/jpeg", 7, 5), ("image/gif", 1, 1), ("image/svg+xml", 120, 80), ("image/svg+xml", 64, 32), ("image/svg+xml", 0, 0)],
            body.Cast<Figure>().Select(f => (f.Image!.MediaType, f.Image.PixelWidth, f.Image.PixelHeight)));
    }

    [Fact]
    public void Paths_are_relative_to_the_write_up_and_url_escaped()
    {
        using var content = new ContentFixture();
        content.Write("my images/a b.png", ContentFixture.Png(2, 2));

        var figure = Assert.IsType<Figure>(Assert.Single(Body(content, "![x](my%20images/a%20b.png)\n")));

        Assert.Equal("my images/a b.png", figure.Image!.ContentPath);
    }

    [Fact]
    public void Missing_alt_text_warns()
    {
        using var content = new ContentFixture();
        content.Write("a.png", ContentFixture.Png(2, 2));

        var figure = Assert.IsType<Figure>(Body(content, "Intro.\n\n![](a.png)\n")[1]);

        Assert.Equal("", figure.Alt);
        content.Single("missing-alt", "01-talk.md", 6, 1, Severity.Warning);
    }

    [Fact]
    public void An_image_in_running_text_becomes_a_figure_after_the_paragraph_with_a_warning()
    {
        using var content = new ContentFixture();
        content.Write("a.png", ContentFixture.Png(2, 2));

        var body = Body(content, "See ![chart](a.png) here.\n\nNext.\n");

        content.Single("image-in-text", "01-talk.md", 4, 5, Severity.Warning);
        Assert.Equal(["Paragraph", "Figure", "Paragraph"], body.Select(b => b.GetType().Name));
        Assert.Equal("See  here.", InlineText.Plain(((Paragraph)body[0]).Content));
        Assert.Equal(["talk-b1", "talk-b2", "talk-b3"], body.Select(b => b.Id));
    }

    [Fact]
    public void Missing_image_is_an_error()
    {
        using var content = new ContentFixture();

        Assert.Empty(Body(content, "Intro.\n\n![gone](images/gone.png)\n").OfType<Figure>());
        content.Single("image-missing", "01-talk.md", 6, 1, Severity.Error);
    }

    [Fact]
    public void Unsupported_and_unreadable_images_are_errors()
    {
        using var content = new ContentFixture();
        content.Write("a.bmp", [0x42, 0x4D, 0, 0, 0, 0, 0, 0]);
        content.Write("b.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);

        Assert.Empty(Body(content, "![a](a.bmp)\n\n![b](b.png)\n"));
        content.Single("image-unsupported", "01-talk.md", 4, 1, Severity.Error);
        content.Single("image-unreadable", "01-talk.md", 6, 1, Severity.Error);
    }

    [Theory]
    [InlineData("../outside.png")]
    [InlineData("/etc/passwd")]
    [InlineData("images/../../outside.png")]
    public void Images_outside_the_content_folder_are_errors(string path)
    {
        using var content = new ContentFixture();

        Assert.Empty(Body(content, $"![x]({path})\n"));
        content.Single("image-outside-content", "01-talk.md", 4, 1, Severity.Error);
    }

    [Fact]
    public void A_symbolic_link_that_resolves_outside_is_an_error()
    {
        using var outside = new TempFolder();
        var target = outside.Write("secret.png", ContentFixture.Png(2, 2));
        using var content = new ContentFixture();
        Directory.CreateDirectory(content.Path("images"));
        File.CreateSymbolicLink(content.Path("images/link.png"), target);
        Directory.CreateSymbolicLink(content.Path("linked-folder"), outside.Path);
        content.Write("real.png", ContentFixture.Png(3, 3));
        File.CreateSymbolicLink(content.Path("inside-link.png"), content.Path("real.png"));

        var body = Body(content, "![a](images/link.png)\n\n![b](linked-folder/secret.png)\n\n![c](inside-link.png)\n");

        var outsideErrors = content.Diagnostics.Sorted().Where(d => d.Code == "image-outside-content").Select(d => d.Source).ToList();
        Assert.Equal([content.Span("01-talk.md", 4, 1), content.Span("01-talk.md", 6, 1)], outsideErrors);
        Assert.Equal(3, Assert.IsType<Figure>(Assert.Single(body)).Image!.PixelWidth);
    }

    [Fact]
    public void A_content_folder_reached_through_a_link_holds_its_files_and_still_catches_links_out()
    {
        // Files are resolved from the folder's real path down: the folder's own link must not count as a way out.
        using var outside = new TempFolder();
        var target = outside.Write("secret.png", ContentFixture.Png(2, 2));
        using var content = new ContentFixture();
        content.Write("images/real.png", ContentFixture.Png(3, 3));
        File.CreateSymbolicLink(content.Path("images/link.png"), target);
        content.WriteUp("01-talk.md", "Talk", "![a](images/real.png)\n\n![b](images/link.png)\n");
        using var links = new TempFolder();
        var linked = Path.Combine(links.Path, "linked-content");
        Directory.CreateSymbolicLink(linked, content.Folder);
        var diagnostics = new DiagnosticBag();

        var publication = ContentReader.Read(linked, diagnostics);

        Assert.NotNull(publication);
        var figure = Assert.IsType<Figure>(Assert.Single(Assert.Single(publication.WriteUps).Body));
        Assert.Equal(3, figure.Image!.PixelWidth);
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "image-outside-content");
        Assert.Equal(new SourceSpan(Path.Combine(linked, "01-talk.md"), 6, 1), error.Source);
    }

    [Theory]
    [InlineData("https://example.com/a.png")]
    [InlineData("http://example.com/a.png")]
    [InlineData("//example.com/a.png")]
    public void Web_pictures_are_not_fetched_without_remote_options_but_leave_a_placeholder(string url)
    {
        using var content = new ContentFixture();

        var figure = Assert.IsType<Figure>(Assert.Single(Body(content, $"![x]({url})\n")));
        Assert.Equal((null, url), (figure.Image, figure.Address));
        var diagnostic = content.Single("image-unavailable", "01-talk.md", 4, 1, Severity.Warning);
        Assert.Contains("remote pictures are not fetched in this run", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_without_svg_root_is_unsupported()
    {
        using var content = new ContentFixture();
        content.Write("fake.svg", Encoding.UTF8.GetBytes("<html>not svg</html>"));

        Assert.Empty(Body(content, "![x](fake.svg)\n"));
        content.Single("image-unsupported", "01-talk.md", 4, 1, Severity.Error);
    }
}
