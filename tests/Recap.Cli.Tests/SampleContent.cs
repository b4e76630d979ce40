using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>Small content folders for command-line tests.</summary>
public static class SampleContent
{
    public static TempFolder Valid()
    {
        var folder = new TempFolder();
        folder.Write("content/book.yml", """
            title: Sample Recap
            language: en
            """);
        folder.Write("content/01-first-talk.md", """
            ---
            title: First Talk
            speakers:
              - name: Ada Lovelace
                handle: "@ada"
            ---
            Engines weave algebraic patterns.
            """);
        return folder;
    }

    public static string ContentOf(TempFolder folder) => Path.Combine(folder.Path, "content");

    public static string OutOf(TempFolder folder) => Path.Combine(folder.Path, "out");
}
