using System.Text.Json;

namespace Recap.Testing;

/// <summary>
/// A real reading system: tests/reading-system/check.js renders EPUBs in epub.js (paginated) inside
/// Debian's Chromium, at a phone's and a tablet's viewport, 100/150/200 % type, in a day and a night
/// theme, and reports every box past its column, picture taller than the page and text under 4.5:1.
/// tests/run.sh installs its npm packages; when they are missing the test fails and says so.
/// </summary>
public static class ReadingSystem
{
    public sealed record Problem(string? Setting, string Kind, string? Chapter, string? At, string? Detail)
    {
        public override string ToString() => $"{Setting} {Chapter}: {Kind}: {At} {Detail}";
    }

    public sealed record Report(int Cases, int Chapters, IReadOnlyList<Problem> Problems);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "reading-system");

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Renders every chapter of every book at every setting, in one browser.</summary>
    public static Report Check(params string[] epubPaths)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "epubjs")))
        {
            throw new Xunit.Sdk.XunitException($"epub.js is not installed in {Folder}: tests/run.sh installs it (npm install there)");
        }

        var result = ExternalTool.RunIn(Folder, "node", ["check.js", .. epubPaths.Select(Path.GetFullPath)]);
        if (result.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException("the reading system could not render: " + result.All);
        }

        return JsonSerializer.Deserialize<Report>(result.StdOut, Json) ?? throw new Xunit.Sdk.XunitException("empty report: " + result.All);
    }
}
