using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>
/// <c>recap mail</c> run twice on content/ into two folders, once for every test of the class: a build
/// of the real publication takes seconds.
/// </summary>
public sealed class GopherFestMail : IDisposable
{
    public const string To = "GopherFest attendees <attendees@example.org>";
    public const string From = "Ada Lovelace <ada@example.org>";
    private const string Slug = "gopherfest-summer-2016-recap";

    private static readonly Dictionary<string, string> FixedDate = new() { ["SOURCE_DATE_EPOCH"] = "1467331200" };

    private readonly TempFolder _folder = new();

    public GopherFestMail()
    {
        First = Run("a");
        Second = Run("b");
    }

    public CliRun First { get; }

    public CliRun Second { get; }

    /// <summary>The path of a file the first run wrote: <c>File(".eml")</c>.</summary>
    public string File(string extension) => Path.Combine(_folder.Path, "a", Slug + extension);

    public string SecondFile(string extension) => Path.Combine(_folder.Path, "b", Slug + extension);

    public void Dispose() => _folder.Dispose();

    private CliRun Run(string output) =>
        CliRun.Of(FixedDate, "mail", RepoPaths.Content, "-o", Path.Combine(_folder.Path, output), "--to", To, "--from", From);
}
