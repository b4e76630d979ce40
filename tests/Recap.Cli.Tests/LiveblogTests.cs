using System.Text.RegularExpressions;
using Recap.Testing;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Recap.Cli.Tests;

/// <summary>
/// Issue 18's "done when", on a fixture of messy liveblog write-ups (Fixtures/liveblog: web pictures
/// as Markdown, <c>&lt;img&gt;</c> and <c>&lt;Figure/&gt;</c>, an empty heading, emoji, code with aligned
/// spaces) whose pictures a server on 127.0.0.1 serves; the picture cache is a temp folder.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed partial class LiveblogTests : IDisposable
{
    private static readonly string[] Pictures =
        ["/slides/01.png", "/slides/02.png", "/slides/03.png", "/slides/04.png", "/slides/05.png", "/slides/06.png", "/photos/stage.jpg", "/photos/crowd.jpg", "/diagrams/arch.png", "/diagrams/flow.png"];

    // Eleven places: /slides/01.png is shown twice.
    private const int Placements = 11;

    private readonly TempFolder _folder = new();
    private readonly PictureServer _server;

    public LiveblogTests()
    {
        _server = new PictureServer(Pictures.Select((path, i) => (path, Picture(path, i))).ToDictionary(p => p.path, p => p.Item2));
        var fixture = Path.Combine(RepoPaths.Root, "tests", "Recap.Cli.Tests", "Fixtures", "liveblog");
        foreach (var file in Directory.GetFiles(fixture))
        {
            var text = File.ReadAllText(file).Replace("https://SERVER", $"http://127.0.0.1:{_server.Port}", StringComparison.Ordinal);
            _folder.Write(Path.Combine("content", Path.GetFileName(file)), text);
        }
    }

    private string Content => Path.Combine(_folder.Path, "content");

    private CliRun Run(string cache, params string[] args) =>
        CliRun.Of(new Dictionary<string, string> { ["XDG_CACHE_HOME"] = Path.Combine(_folder.Path, cache), ["SOURCE_DATE_EPOCH"] = "1468454400" }, args);

    [Fact]
    public void Served_check_and_build_agree_every_picture_shows_and_a_filled_cache_rebuilds_byte_identically()
    {
        var check = Run("cache", "check", Content);
        var build = Run("cache", "build", Content, "-o", Path.Combine(_folder.Path, "out"));

        Assert.Equal((0, 0), (check.ExitCode, build.ExitCode));
        Assert.Equal(build.Error, check.Error);
        Assert.DoesNotContain("image-unavailable", build.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot be had", build.Error, StringComparison.Ordinal);
        Assert.Contains("the component `<Figure>`", build.Error, StringComparison.Ordinal);
        Assert.Contains("the heading is empty", build.Error, StringComparison.Ordinal);
        var warnings = build.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.EndsWith($"\n0 errors, {warnings} warnings\n", build.Out, StringComparison.Ordinal);
        Assert.EndsWith($"\n0 errors, {warnings} warnings\n", check.Out, StringComparison.Ordinal);
        Assert.All(Pictures, path => Assert.Equal(1, _server.Requests(path)));

        var (pdf, epub) = Outputs("out");
        Assert.Equal(Placements, ImagesInPdf(pdf));
        Assert.DoesNotMatch(Markup(), ExternalTool.PdfToText(pdf));
        // Inline code keeps its run of six spaces: one where the line may break (a word space, drawn as a space glyph), five drawn as no-break spaces.
        Assert.Contains("|==== \u00A0\u00A0\u00A0\u00A0\u00A0|", LettersOf(pdf), StringComparison.Ordinal);
        var names = EpubEntries.Names(epub);
        Assert.Equal(Pictures.Length, names.Count(n => n.StartsWith("EPUB/images/image-", StringComparison.Ordinal)));
        var chapters = names.Where(n => n.StartsWith("EPUB/text/", StringComparison.Ordinal)).Select(n => EpubEntries.Read(epub, n)).ToList();
        Assert.Equal(Placements, chapters.Sum(c => Regex.Count(c, "<img src=\"../images/")));
        Assert.All(chapters, c => Assert.DoesNotContain("127.0.0.1", c.Replace("<code>http://127.0.0.1", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(chapters, c => Assert.DoesNotMatch(Markup(), Regex.Replace(c, "<[^>]+>", "")));
        Assert.DoesNotContain("untitled", EpubEntries.Read(epub, "nav.xhtml"), StringComparison.Ordinal);
        EpubCheckAssert.Clean(epub);

        // The server gone, the cache filled: the same problems, the same bytes.
        _server.Dispose();
        var again = Run("cache", "build", Content, "-o", Path.Combine(_folder.Path, "again"));
        Assert.Equal((0, build.Error), (again.ExitCode, again.Error));
        var (pdf2, epub2) = Outputs("again");
        Assert.Equal(File.ReadAllBytes(pdf), File.ReadAllBytes(pdf2));
        Assert.Equal(File.ReadAllBytes(epub), File.ReadAllBytes(epub2));
    }

    [Fact]
    public void Server_stopped_and_cache_empty_warns_per_address_draws_placeholders_and_fails_strict()
    {
        _server.Dispose();
        var build = Run("empty", "build", Content, "-o", Path.Combine(_folder.Path, "out"));
        var check = Run("empty", "check", Content);
        var strict = Run("empty", "build", Content, "-o", Path.Combine(_folder.Path, "strict"), "--warnings-as-errors");

        Assert.Equal((0, 0, 1), (build.ExitCode, check.ExitCode, strict.ExitCode));
        Assert.Equal(build.Error, check.Error);
        var unavailable = build.Error.Split('\n').Where(l => l.Contains("cannot be had", StringComparison.Ordinal)).ToList();
        Assert.Equal(Placements, unavailable.Count);
        Assert.All(Pictures, path => Assert.Contains(unavailable, l => l.Contains(path, StringComparison.Ordinal)));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "strict")));

        var (pdf, epub) = Outputs("out");
        Assert.Equal(0, ImagesInPdf(pdf));
        Assert.Equal(Placements, Regex.Count(ExternalTool.PdfToText(pdf), "Picture not available"));
        var chapters = EpubEntries.Names(epub).Where(n => n.StartsWith("EPUB/text/", StringComparison.Ordinal)).Select(n => EpubEntries.Read(epub, n)).ToList();
        Assert.Equal(Placements, chapters.Sum(c => Regex.Count(c, "class=\"missing-picture\"")));
        EpubCheckAssert.Clean(epub);
    }

    private (string Pdf, string Epub) Outputs(string folder)
    {
        var output = Path.Combine(_folder.Path, folder);
        return (Path.Combine(output, "liveblog-recap.pdf"), Path.Combine(output, "liveblog-recap.epub"));
    }

    private static string LettersOf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value));
    }

    private static int ImagesInPdf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return pdf.GetPages().Sum(page => page.GetImages().Count());
    }

    /// <summary>A picture different for each address (its colour), PNG or JPEG as its name says.</summary>
    private static byte[] Picture(string path, int index)
    {
        using var bitmap = new SKBitmap(320, 180);
        bitmap.Erase(new SKColor((byte)(40 + (index * 20)), 90, (byte)(200 - (index * 15))));
        using var data = bitmap.Encode(path.EndsWith(".jpg", StringComparison.Ordinal) ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 85);
        return data.ToArray();
    }

    [GeneratedRegex(@"<\s*/?\s*(img|Figure|Image|p|b|kbd|details|summary|table|center|span)\b|src=")]
    private static partial Regex Markup();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }
}
