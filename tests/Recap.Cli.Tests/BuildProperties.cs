using CsCheck;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>
/// For all generated content folders: the build exits 0, or 1 with at least one diagnostic; a
/// rebuild is byte-identical; a failing build leaves the earlier output folder untouched. Bounded
/// to a few builds in the normal run (CsCheck_Iter=… runs more).
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class BuildProperties
{
    private static readonly Gen<string> BookFile = Gen.OneOf(
        "title: Hostile Recap\n",
        "title: Recap\nkeywords: [a, b]\nevent:\n  name: GopherFest\n",
        "title: [unclosed\n",
        "subtitle: no title\n",
        "title: \"\\u001b[31m\"\n");

    [Fact]
    public void Any_content_folder_builds_or_fails_with_a_diagnostic_and_never_touches_earlier_outputs()
    {
        Gen.Select(BookFile, HostileContent.WriteUp(40), HostileContent.WriteUp(40)).Sample((book, first, second) =>
        {
            using var folder = new TempFolder();
            folder.Write("content/book.yml", book);
            folder.Write("content/01-first.md", first);
            folder.Write("content/02-second.md", second);
            var earlier = folder.Write("out/hostile-recap.pdf", "earlier booklet");
            var content = Path.Combine(folder.Path, "content");
            var output = Path.Combine(folder.Path, "out");

            var run = CliRun.Of(Fixed, "build", content, "-o", output);

            Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
            if (run.ExitCode == 1)
            {
                Assert.Matches(@"(:\d+:\d+: error: |^recap: error: )", run.Error);
                Assert.Equal(["hostile-recap.pdf"], Entries(output));
                Assert.Equal("earlier booklet", File.ReadAllText(earlier));
                return;
            }

            var again = Path.Combine(folder.Path, "again");
            Assert.Equal(0, CliRun.Of(Fixed, "build", content, "-o", again).ExitCode);
            Assert.Equal(Entries(output).Where(name => name != "hostile-recap.pdf" || File.Exists(Path.Combine(again, name))), Entries(again));
            foreach (var name in Entries(again))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(output, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))), $"{name} differs on rebuild");
            }
        }, iter: 12, threads: 1);
    }

    /// <summary>The outputs' date fixed, so two builds a second apart are comparable byte for byte.</summary>
    private static readonly Dictionary<string, string> Fixed = new() { ["SOURCE_DATE_EPOCH"] = "1467331200" };

    private static string[] Entries(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
