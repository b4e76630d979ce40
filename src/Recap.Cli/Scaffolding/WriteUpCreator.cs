using Recap.Markdown;
using Recap.Markdown.Scaffolding;
using Recap.Model.Diagnostics;
using Recap.Publishing;

namespace Recap.Cli.Scaffolding;

/// <summary>
/// Runs <c>recap new</c>: writes the scaffold (from <see cref="WriteUpScaffold"/>) as the folder's
/// next write-up, never over a file, then reads the folder back and prints any problem the new
/// file has there (a book.yml <c>order</c> that leaves it out, a title another write-up has).
/// </summary>
public sealed class WriteUpCreator(PublishEnvironment environment)
{
    public int Create(string contentFolder, string title, IReadOnlyList<string> speakers)
    {
        if (string.IsNullOrWhiteSpace(title) || speakers.Any(string.IsNullOrWhiteSpace))
        {
            return Fail(ExitCodes.UsageError, "the title and each --speaker need some text");
        }

        if (!Directory.Exists(contentFolder))
        {
            return Fail(ExitCodes.ContentErrors, $"{contentFolder}: the content folder does not exist");
        }

        var existing = Directory.EnumerateFiles(contentFolder, "*.md").Select(Path.GetFileName).OfType<string>().ToList();
        if (WriteUpScaffold.SameName(title, existing) is { } same)
        {
            return Fail(ExitCodes.ContentErrors, $"{Path.Combine(contentFolder, same)} already holds a write-up of that name: nothing written");
        }

        var path = Path.Combine(contentFolder, WriteUpScaffold.FileName(title, existing));
        try
        {
            // CreateNew: an existing file is never replaced, even one that appeared a moment ago.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(WriteUpScaffold.Text(title, speakers));
        }
        catch (IOException e) when (File.Exists(path))
        {
            return Fail(ExitCodes.ContentErrors, $"{path} already exists: nothing written ({e.Message})");
        }

        environment.Out.WriteLine(path);
        var diagnostics = new DiagnosticBag();
        ContentReader.Read(contentFolder, diagnostics);
        var problems = diagnostics.Sorted().Where(d => d.Source.File == path).ToList();
        foreach (var problem in problems)
        {
            environment.Error.WriteLine(problem.ToString());
        }

        return problems.Any(p => p.Severity == Severity.Error) ? ExitCodes.ContentErrors : ExitCodes.Built;
    }

    private int Fail(int exitCode, string message)
    {
        environment.Error.WriteLine($"recap: error: {message}");
        return exitCode;
    }
}
