using System.Diagnostics;

namespace Recap.Testing;

/// <summary>
/// Runs the command-line checkers the tests rely on (epubcheck, qpdf, pdftotext, pdffonts, calibre).
/// tests/run.sh installs them; a missing tool fails the test loudly rather than skipping it.
/// </summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public string All => StdOut + StdErr;
    }

    public static Result Run(string fileName, params string[] arguments) => RunIn(null, fileName, arguments);

    /// <summary>Runs <paramref name="fileName"/> in <paramref name="workingDirectory"/> (null: the tests' own).</summary>
    public static Result RunIn(string? workingDirectory, string fileName, params string[] arguments)
    {
        Tier.RequireFull(fileName);
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// epubcheck 4.2.6 from Debian (its /usr/bin wrapper needs binfmt, so its jar), in one JVM
    /// shared by every check of the test run (<see cref="EpubCheckBatch"/>).
    /// </summary>
    public static Result EpubCheck(string epubPath) => EpubCheckBatch.Check(epubPath);

    /// <summary>calibre's converter (Debian's calibre): the output's format follows its extension (.txt, .azw3).</summary>
    public static Result EbookConvert(string inputPath, string outputPath) => Run("ebook-convert", inputPath, outputPath);

    /// <summary>calibre's metadata reader: "Title : …", "Author(s) : …" lines.</summary>
    public static Result EbookMeta(string path) => Run("ebook-meta", path);

    public static Result QpdfCheck(string pdfPath) => Run("qpdf", "--check", pdfPath);

    /// <summary>The text of a PDF in reading order (pdftotext from poppler-utils).</summary>
    public static string PdfToText(string pdfPath, params string[] options)
    {
        var result = Run("pdftotext", [.. options, pdfPath, "-"]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("pdftotext failed: " + result.StdErr);
        }

        return result.StdOut;
    }
}
