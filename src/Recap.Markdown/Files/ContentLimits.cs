namespace Recap.Markdown.Files;

/// <summary>
/// The budgets a content folder is read under (README, "What bad input gets"). Each keeps a small
/// file from costing a large build: a folder under 10 MB builds or fails in seconds and well under
/// 1 GB. Every breach is an error at its place that names the limit; none is near real content.
/// </summary>
public static class ContentLimits
{
    /// <summary>A write-up's size: about 150,000 words, ten times a long talk's write-up.</summary>
    public const long WriteUpBytes = 1024 * 1024;

    /// <summary>book.yml's size.</summary>
    public const long BookFileBytes = 256 * 1024;

    /// <summary>
    /// All write-ups together: about 3,000 talks of 1,500 words (20,000 A5 pages), what the layout engine
    /// sets in well under a minute. Each write-up has its own budget (<see cref="WriteUpBytes"/>); this one
    /// only stops a folder of them from running a build for minutes.
    /// </summary>
    public const long AllWriteUpsBytes = 40 * 1024 * 1024;

    /// <summary>A paragraph's length in characters: line breaking a paragraph costs more than its length.</summary>
    public const int ParagraphChars = 100_000;

    /// <summary>How deep lists, quotes, emphasis and links may nest in one another.</summary>
    public const int NestingDepth = 32;

    /// <summary>A picture's pixels (width × height), about a 45-megapixel camera's.</summary>
    public const long PicturePixels = 50_000_000;

    /// <summary>A picture file's size.</summary>
    public const long PictureBytes = 20 * 1024 * 1024;

    /// <summary>YAML nodes in one file, counting each alias as the nodes it repeats.</summary>
    public const int YamlNodes = 10_000;

    /// <summary>Characters of text in one YAML file, counting each alias as the text it repeats.</summary>
    public const long YamlChars = 1024 * 1024;
}
