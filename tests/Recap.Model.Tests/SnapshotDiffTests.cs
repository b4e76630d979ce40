using Recap.Testing;

namespace Recap.Model.Tests;

/// <summary>What a snapshot mismatch prints: only the changed lines, with a little context and where they are.</summary>
public sealed class SnapshotDiffTests
{
    [Fact]
    public void A_changed_line_shows_as_removed_and_added_between_its_neighbours()
    {
        var before = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"line {i}")) + "\n";
        var after = before.Replace("line 8\n", "line eight\n", StringComparison.Ordinal);

        Assert.Equal(
            "@@ snapshot line 5 @@\n line 5\n line 6\n line 7\n-line 8\n+line eight\n line 9\n line 10\n line 11\n",
            Snapshot.Diff(before, after));
    }

    [Fact]
    public void The_same_text_has_no_diff()
    {
        Assert.Equal("", Snapshot.Diff("a\nb\n", "a\nb\n"));
    }
}
