namespace Recap.Markdown.FrontMatter;

/// <summary>A write-up's text cut in two.</summary>
/// <param name="Yaml">The lines between the fences.</param>
/// <param name="YamlLineOffset">Lines before the YAML in the file (1: the opening fence).</param>
/// <param name="Body">
/// The whole file with the front matter's lines blanked, so that Markdig's line numbers are the file's
/// and nothing of the front matter can be read as Markdown.
/// </param>
/// <param name="BodyLine">The 1-based line where the body starts.</param>
/// <param name="Unclosed">A front matter opens but never closes: the whole file is the body.</param>
internal sealed record FrontMatterSplit(string? Yaml, int YamlLineOffset, string Body, int BodyLine, bool Unclosed);
