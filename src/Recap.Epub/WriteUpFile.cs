using Recap.Model;

namespace Recap.Epub;

/// <summary>A write-up and the XHTML file it becomes.</summary>
/// <param name="FileName">File name inside <see cref="BookPlan.TextFolder"/>.</param>
internal sealed record WriteUpFile(WriteUp WriteUp, string FileName, string ManifestId)
{
    /// <summary>Path relative to the package document.</summary>
    public string Href => BookPlan.TextFolder + FileName;

    public ManifestItem Item => new(ManifestId, Href, "application/xhtml+xml");
}
