using System.Text.Json;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>A PDF's objects as <c>qpdf --json</c> (version 2) prints them: id "obj:N 0 R" to value.</summary>
internal sealed class QpdfJson
{
    private QpdfJson(JsonElement root, Dictionary<string, JsonElement> objects)
    {
        Root = root;
        Objects = objects;
    }

    public JsonElement Root { get; }

    public Dictionary<string, JsonElement> Objects { get; }

    public static QpdfJson Read(string pdfPath)
    {
        var result = ExternalTool.Run("qpdf", "--json", pdfPath);
        Assert.True(result.ExitCode == 0, result.StdErr);
        var root = JsonDocument.Parse(result.StdOut).RootElement;
        var objects = root.GetProperty("qpdf")[1].EnumerateObject()
            .Where(p => p.Name.StartsWith("obj:", StringComparison.Ordinal))
            .ToDictionary(p => p.Name["obj:".Length..], p => p.Value.TryGetProperty("value", out var v) ? v : p.Value.GetProperty("stream").GetProperty("dict"));
        return new QpdfJson(root, objects);
    }

    /// <summary>The dictionary a reference like "12 0 R" points to.</summary>
    public JsonElement Resolve(JsonElement reference) => Objects[reference.GetString()!];

    public JsonElement Catalog => Objects.Values.Single(o => o.ValueKind == JsonValueKind.Object && Name(o, "/Type") == "/Catalog");

    public static string? Name(JsonElement dictionary, string key) =>
        dictionary.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>qpdf writes text strings as "u:text".</summary>
    public static string? Text(JsonElement dictionary, string key) => Name(dictionary, key) is { } s && s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : null;

    /// <summary>The decoded data of the stream a reference like "12 0 R" points to.</summary>
    public static byte[] StreamData(string pdfPath, string reference)
    {
        var id = reference.Split(' ')[0];
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("qpdf", ["--show-object=" + id, "--filtered-stream-data", pdfPath])
        {
            RedirectStandardOutput = true,
        })!;
        using var data = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(data);
        process.WaitForExit();
        return data.ToArray();
    }
}
