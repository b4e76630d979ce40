using System.Text;
using System.Text.RegularExpressions;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>
/// The compact file (object streams and a cross-reference stream) against the pretty one (plain
/// objects and an xref table): the same document either way, as qpdf and poppler read them.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class CrossReferenceTests
{
    [Fact]
    public void Every_dictionary_is_packed_into_an_object_stream_and_the_xref_is_a_stream()
    {
        using var folder = new TempFolder();
        var compact = SampleDocument.Create().WriteTo(folder, "compact.pdf");
        var pretty = SampleDocument.Create().WriteTo(folder, "pretty.pdf", pretty: true);

        var compactXref = ShowXref(compact);
        var prettyXref = ShowXref(pretty);
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(compact));

        // Pretty mode writes every object in the file; compact mode moves each non-stream object into a stream.
        Assert.All(prettyXref, row => Assert.Contains("uncompressed", row, StringComparison.Ordinal));
        var streams = Regex.Count(Encoding.Latin1.GetString(File.ReadAllBytes(pretty)), ">>\nstream\n");
        var packed = compactXref.Count(row => row.Contains(": compressed;", StringComparison.Ordinal));
        Assert.Equal(prettyXref.Count - streams, packed);
        Assert.Contains("/Type/XRef", bytes, StringComparison.Ordinal);
        Assert.Contains("/Type/ObjStm", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("\ntrailer", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("/Type/Page", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public void Compact_and_pretty_files_read_the_same_and_check_clean()
    {
        using var folder = new TempFolder();
        var compact = SampleDocument.Create().WriteTo(folder, "compact.pdf");
        var pretty = SampleDocument.Create().WriteTo(folder, "pretty.pdf", pretty: true);

        var check = ExternalTool.QpdfCheck(compact);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain("WARNING", check.All, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ExternalTool.PdfToText(pretty), ExternalTool.PdfToText(compact));
        Assert.Equal(Info(pretty), Info(compact));
        Assert.True(new FileInfo(compact).Length < new FileInfo(pretty).Length);
    }

    private static List<string> ShowXref(string path)
    {
        var result = ExternalTool.Run("qpdf", "--show-xref", path);
        Assert.True(result.ExitCode == 0, result.All);
        return [.. result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    // pdfinfo's description of the document, less the lines that name the file's own form.
    private static string Info(string path) => string.Join('\n', ExternalTool.Run("pdfinfo", path).StdOut.Split('\n')
        .Where(line => !line.StartsWith("File size", StringComparison.Ordinal) && !line.StartsWith("Optimized", StringComparison.Ordinal)));
}
