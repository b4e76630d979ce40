using Recap.Markdown.Images.Remote;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

/// <summary>Pictures named by web address, served from 127.0.0.1 into a cache in a temp folder (issue 18).</summary>
public sealed class RemotePictureTests : IDisposable
{
    private static readonly byte[] APng = ContentFixture.Png(40, 30);
    private static readonly byte[] BJpeg = ContentFixture.Jpeg(20, 10);

    private readonly PictureServer _server = new(new Dictionary<string, byte[]> { ["/a.png"] = APng, ["/b.jpg"] = BJpeg });
    private readonly TempFolder _cache = new();

    // Generous: the reader waits on its fetches, and on two busy cores the thread pool can take seconds to answer.
    private RemotePictureOptions Options => new(_cache.Path) { Timeout = TimeSpan.FromSeconds(30) };

    private static (List<Figure> Figures, ContentFixture Content) Read(string body, RemotePictureOptions options)
    {
        var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", body);
        var publication = ContentReader.Read(content.Folder, content.Diagnostics, options);
        Assert.NotNull(publication);
        return ([.. Assert.Single(publication.WriteUps).Body.OfType<Figure>()], content);
    }

    [Fact]
    public void Web_pictures_are_fetched_checked_and_carry_their_bytes()
    {
        var (figures, content) = Read($"![A]({_server.Url("/a.png")})\n\n![B]({_server.Url("/b.jpg")} \"Caption\")\n", Options);
        using var _ = content;

        content.NoDiagnostics();
        Assert.Equal([("image/png", 40, 30), ("image/jpeg", 20, 10)], figures.Select(f => (f.Image!.MediaType, f.Image.PixelWidth, f.Image.PixelHeight)));
        Assert.Equal(APng, figures[0].Image!.Content.ToArray());
        Assert.StartsWith("remote/", figures[0].Image!.ContentPath, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_serves_a_second_read_without_the_server_and_refresh_fetches_again()
    {
        var body = $"![A]({_server.Url("/a.png")})\n";
        var (first, one) = Read(body, Options);
        one.NoDiagnostics();
        one.Dispose();
        var (offline, two) = Read(body, Options with { Offline = true });
        using var _ = two;
        two.NoDiagnostics();
        Assert.Equal(first[0].Image!.Path, offline[0].Image!.Path);
        Assert.Equal(APng, offline[0].Image!.Content.ToArray());
        Assert.Equal(1, _server.Requests("/a.png"));

        var (_, three) = Read(body, Options);
        three.Dispose();
        Assert.Equal(1, _server.Requests("/a.png"));
        var (_, four) = Read(body, Options with { Refresh = true });
        four.Dispose();
        Assert.Equal(2, _server.Requests("/a.png"));
    }

    [Theory]
    [InlineData("/missing.png", "the server answered 404 Not Found")]
    [InlineData("/huge.png", "over the limit of 20,971,520")]
    [InlineData("/loop.png", "it redirects more than 5 times")]
    [InlineData("/page.png", "the server sent text/html, not a picture")]
    public void A_picture_that_cannot_be_had_is_a_warning_naming_it_and_a_placeholder(string path, string reason) =>
        Unavailable(path, reason, Options);

    [Fact]
    public void A_server_slower_than_the_timeout_is_a_warning_naming_the_limit() =>
        Unavailable("/slow.png", "no complete answer within 2 s", Options with { Timeout = TimeSpan.FromSeconds(2) });

    private void Unavailable(string path, string reason, RemotePictureOptions options)
    {
        var url = _server.Url(path);
        var (figures, content) = Read($"Intro.\n\n![What it shows]({url})\n", options);
        using var _ = content;

        var warning = content.Single("image-unavailable", "01-talk.md", 6, 1, Severity.Warning);
        Assert.Contains($"`{url}`", warning.Message, StringComparison.Ordinal);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        var figure = Assert.Single(figures);
        Assert.Null(figure.Image);
        Assert.Equal((url, "What it shows"), (figure.Address, figure.Alt));
    }

    [Fact]
    public void A_redirect_is_followed_and_offline_with_an_empty_cache_fetches_nothing()
    {
        var (moved, content) = Read($"![A]({_server.Url("/moved.png")})\n", Options);
        content.Dispose();
        Assert.Equal(APng, moved[0].Image!.Content.ToArray());

        var (figures, offline) = Read($"![B]({_server.Url("/b.jpg")})\n", Options with { Offline = true });
        using var _ = offline;
        Assert.Contains("--offline", offline.Single("image-unavailable", "01-talk.md", 4, 1, Severity.Warning).Message, StringComparison.Ordinal);
        Assert.Null(figures[0].Image);
        Assert.Equal(0, _server.Requests("/b.jpg"));
    }

    public void Dispose()
    {
        _server.Dispose();
        _cache.Dispose();
    }
}
