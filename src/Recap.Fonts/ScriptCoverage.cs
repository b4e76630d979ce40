namespace Recap.Fonts;

/// <summary>
/// Which script a character belongs to and which Debian font package covers it, for the warning
/// about a character no face has: enough to tell an author what to install. Ranges from the
/// Unicode blocks; a character outside them has no known package.
/// </summary>
public static class ScriptCoverage
{
    private static readonly (int First, int Last, string Script, string Package)[] Blocks =
    [
        (0x0370, 0x03FF, "Greek", "fonts-noto-core"),
        (0x0400, 0x052F, "Cyrillic", "fonts-noto-core"),
        (0x0530, 0x058F, "Armenian", "fonts-noto-core"),
        (0x0590, 0x05FF, "Hebrew", "fonts-noto-core"),
        (0x0600, 0x06FF, "Arabic", "fonts-noto-core"),
        (0x0700, 0x074F, "Syriac", "fonts-noto-extra"),
        (0x0750, 0x077F, "Arabic", "fonts-noto-core"),
        (0x0780, 0x07BF, "Thaana", "fonts-noto-core"),
        (0x0900, 0x097F, "Devanagari", "fonts-noto-core"),
        (0x0980, 0x09FF, "Bengali", "fonts-noto-core"),
        (0x0A00, 0x0A7F, "Gurmukhi", "fonts-noto-core"),
        (0x0A80, 0x0AFF, "Gujarati", "fonts-noto-core"),
        (0x0B00, 0x0B7F, "Oriya", "fonts-noto-core"),
        (0x0B80, 0x0BFF, "Tamil", "fonts-noto-core"),
        (0x0C00, 0x0C7F, "Telugu", "fonts-noto-core"),
        (0x0C80, 0x0CFF, "Kannada", "fonts-noto-core"),
        (0x0D00, 0x0D7F, "Malayalam", "fonts-noto-core"),
        (0x0D80, 0x0DFF, "Sinhala", "fonts-noto-core"),
        (0x0E00, 0x0E7F, "Thai", "fonts-noto-core"),
        (0x0E80, 0x0EFF, "Lao", "fonts-noto-core"),
        (0x0F00, 0x0FFF, "Tibetan", "fonts-noto-extra"),
        (0x1000, 0x109F, "Myanmar", "fonts-noto-core"),
        (0x10A0, 0x10FF, "Georgian", "fonts-noto-core"),
        (0x1100, 0x11FF, "Hangul", "fonts-noto-cjk"),
        (0x1200, 0x139F, "Ethiopic", "fonts-noto-core"),
        (0x13A0, 0x13FF, "Cherokee", "fonts-noto-core"),
        (0x1780, 0x17FF, "Khmer", "fonts-noto-core"),
        (0x1800, 0x18AF, "Mongolian", "fonts-noto-extra"),
        (0x2190, 0x21FF, "Symbols (arrows)", "fonts-noto-core"),
        (0x2200, 0x22FF, "Symbols (mathematical)", "fonts-noto-core"),
        (0x2300, 0x23FF, "Symbols (technical)", "fonts-symbola"),
        (0x2460, 0x24FF, "Symbols (enclosed)", "fonts-noto-cjk"),
        (0x2500, 0x25FF, "Symbols (box drawing, shapes)", "fonts-dejavu-core"),
        (0x2600, 0x27BF, "Symbols (emoji)", "fonts-symbola"),
        (0x2E80, 0x2FDF, "Han", "fonts-noto-cjk"),
        (0x3000, 0x303F, "CJK punctuation", "fonts-noto-cjk"),
        (0x3040, 0x309F, "Hiragana", "fonts-noto-cjk"),
        (0x30A0, 0x30FF, "Katakana", "fonts-noto-cjk"),
        (0x3100, 0x312F, "Bopomofo", "fonts-noto-cjk"),
        (0x3130, 0x318F, "Hangul", "fonts-noto-cjk"),
        (0x31F0, 0x31FF, "Katakana", "fonts-noto-cjk"),
        (0x3200, 0x33FF, "CJK symbols", "fonts-noto-cjk"),
        (0x3400, 0x4DBF, "Han", "fonts-noto-cjk"),
        (0x4E00, 0x9FFF, "Han", "fonts-noto-cjk"),
        (0xA000, 0xA4CF, "Yi", "fonts-noto-extra"),
        (0xAC00, 0xD7AF, "Hangul", "fonts-noto-cjk"),
        (0xF900, 0xFAFF, "Han", "fonts-noto-cjk"),
        (0xFB1D, 0xFB4F, "Hebrew", "fonts-noto-core"),
        (0xFB50, 0xFDFF, "Arabic", "fonts-noto-core"),
        (0xFE30, 0xFE4F, "CJK punctuation", "fonts-noto-cjk"),
        (0xFE70, 0xFEFF, "Arabic", "fonts-noto-core"),
        (0xFF00, 0xFFEF, "CJK (full-width forms)", "fonts-noto-cjk"),
        (0x1F000, 0x1F0FF, "Symbols (game pieces)", "fonts-symbola"),
        (0x1F300, 0x1FAFF, "Emoji", "fonts-symbola"),
        (0x20000, 0x2FA1F, "Han", "fonts-noto-cjk"),
    ];

    /// <summary>The script of <paramref name="codePoint"/> and the Debian package with a face for it, or nulls when not known.</summary>
    public static (string? Script, string? Package) Of(int codePoint)
    {
        int low = 0, high = Blocks.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var block = Blocks[middle];
            if (codePoint < block.First)
            {
                high = middle - 1;
            }
            else if (codePoint > block.Last)
            {
                low = middle + 1;
            }
            else
            {
                return (block.Script, block.Package);
            }
        }

        return (null, null);
    }

    /// <summary>For a warning's hint: what to install or add so the character prints.</summary>
    public static string Hint(int codePoint) => Of(codePoint) is (_, { } package)
        ? $"Debian's {package} has a face for it: install it, or add one of its faces to the theme's fallback fonts"
        : "add a face that has it to the theme's fallback fonts";

    /// <summary>For a warning's text: <c>U+4E2D '中' (Han)</c>.</summary>
    public static string Describe(MissingCharacter missing) =>
        Of(missing.CodePoint) is ({ } script, _) ? $"{missing} ({script})" : missing.ToString();
}
