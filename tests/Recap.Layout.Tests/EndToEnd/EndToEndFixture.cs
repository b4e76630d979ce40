using Recap.Testing;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// Builds each (content, paper) pair once for the whole test class: layout and export are the
/// slow part, the checks only read. The fixture content is written to a temp folder first.
/// </summary>
public sealed class EndToEndFixture : IDisposable
{
    public const string GopherFest = "gopherfest";
    public const string EveryBlock = "every-block";

    private readonly TempFolder _content = new();
    private readonly TempFolder _output = new();
    private readonly BuildCache<(string Content, string Paper), EndToEndBuild> _builds = new();

    public EndToEndFixture() => FixtureContent.WriteTo(_content);

    public static TheoryData<string, string> Cases { get; } = AllCases();

    public string ContentFolder(string content) => content == GopherFest ? RepoPaths.Content : _content.Path;

    public EndToEndBuild Build(string content, string paper) =>
        _builds.Get((content, paper), key => EndToEndBuild.Run(ContentFolder(key.Content), key.Paper, _output.Path));

    public void Dispose()
    {
        _builds.Dispose();
        _content.Dispose();
        _output.Dispose();
    }

    private static TheoryData<string, string> AllCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var content in new[] { GopherFest, EveryBlock })
        {
            foreach (var paper in new[] { "a5", "a4", "letter", "half-letter" })
            {
                cases.Add(content, paper);
            }
        }

        return cases;
    }
}
