namespace Recap.Testing;

/// <summary>The ebook bar: epubcheck reports nothing at all.</summary>
public static class EpubCheckAssert
{
    public static void Clean(string epubPath)
    {
        var result = ExternalTool.EpubCheck(epubPath);
        var report = result.All;
        if (result.ExitCode != 0 || !report.Contains("No errors or warnings detected", StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException("epubcheck is not clean for " + epubPath + ":\n" + report);
        }
    }
}
