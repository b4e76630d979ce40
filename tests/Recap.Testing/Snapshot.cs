using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Recap.Testing;

/// <summary>
/// Snapshot files: a text form of an intermediate result (a model dump, a frame dump, a chapter's
/// XHTML), stored as <c>Snapshots/NAME.txt</c> beside the test that makes it and reviewed in diffs.
/// A mismatch fails with a line diff and leaves the new text in <c>NAME.received.txt</c> (git-ignored);
/// with <c>RECAP_ACCEPT=1</c> (<c>tests/run.sh --accept</c>) the new text replaces the snapshot instead.
/// </summary>
public static class Snapshot
{
    /// <summary>Lines of unchanged text shown around each change.</summary>
    private const int Context = 3;

    public static bool Accepting => Environment.GetEnvironmentVariable("RECAP_ACCEPT") == "1";

    /// <summary>Asserts that <paramref name="actual"/> is the snapshot <paramref name="name"/> of the calling test's folder.</summary>
    public static void Match(string name, string actual, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var expectedPath = Path.Combine(folder, name + ".txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        actual = Normalise(actual);
        var expected = File.Exists(expectedPath) ? Normalise(File.ReadAllText(expectedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Accepting)
        {
            // Accepting in CI would turn every snapshot test into one that cannot fail.
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new Xunit.Sdk.XunitException($"RECAP_ACCEPT=1 is refused when CI=true: {name} differs from its snapshot.");
            }

            File.WriteAllText(expectedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var relative = Path.GetRelativePath(RepoPaths.Root, expectedPath);
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"no snapshot {relative} yet; the text is in {Path.GetFileName(receivedPath)}. Review it, then accept it with tests/run.sh --accept (RECAP_ACCEPT=1)."
            : $"snapshot {relative} differs (- snapshot, + now); accept with tests/run.sh --accept (RECAP_ACCEPT=1) if the change is intended:\n{Diff(expected, actual)}");
    }

    /// <summary>A unified-style line diff with <see cref="Context"/> lines around each change.</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    shown[j] = true;
                }
            }
        }

        var diff = new StringBuilder();
        var oldLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Inserted)
            {
                oldLine++;
            }

            if (!shown[i])
            {
                continue;
            }

            if (i == 0 || !shown[i - 1])
            {
                diff.Append("@@ snapshot line ").Append(oldLine).Append(" @@\n");
            }

            var mark = lines[i].Type switch
            {
                ChangeType.Inserted => '+',
                ChangeType.Deleted => '-',
                _ => ' ',
            };
            diff.Append(mark).Append(lines[i].Text).Append('\n');
        }

        return diff.ToString();
    }

    // Snapshots are compared as text with Unix line ends and one final newline, however git checked them out.
    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
