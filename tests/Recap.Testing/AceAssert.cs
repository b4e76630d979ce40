using System.Text.Json;

namespace Recap.Testing;

/// <summary>
/// DAISY's Ace (npm <c>@daisy/ace-cli</c>, installed by tests/run.sh into tests/reading-system) checks an
/// EPUB's accessibility in Debian's Chromium; the bar is the same as epubcheck's: nothing to report.
/// </summary>
public static class AceAssert
{
    public static void Clean(string epubPath)
    {
        var ace = Path.Combine(ReadingSystem.Folder, "node_modules", ".bin", "ace-cli");
        if (!File.Exists(ace))
        {
            throw new Xunit.Sdk.XunitException($"Ace is not installed in {ReadingSystem.Folder}: tests/run.sh installs it (npm install there)");
        }

        var output = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(epubPath))!, Path.GetFileNameWithoutExtension(epubPath) + "-ace");

        // Ace's puppeteer takes the browser from this variable: Debian's Chromium, never a download.
        var result = ExternalTool.Run("env", "PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium", ace, "--silent", "--force", "-o", output, Path.GetFullPath(epubPath));
        var reportPath = Path.Combine(output, "report.json");
        if (!File.Exists(reportPath))
        {
            throw new Xunit.Sdk.XunitException("Ace wrote no report for " + epubPath + ":\n" + result.All);
        }

        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        var root = report.RootElement;
        var violations = root.GetProperty("assertions").EnumerateArray()
            .SelectMany(document => document.TryGetProperty("assertions", out var found) ? found.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(a => a.GetProperty("earl:test"))
            .Select(t => $"{t.GetProperty("earl:impact").GetString()}: {t.GetProperty("dct:title").GetString()} — {t.GetProperty("dct:description").GetString()}")
            .ToList();
        var outcome = root.GetProperty("earl:result").GetProperty("earl:outcome").GetString();
        if (outcome != "pass" || violations.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"Ace reports {outcome} for {epubPath}:\n" + string.Join("\n", violations));
        }
    }
}
