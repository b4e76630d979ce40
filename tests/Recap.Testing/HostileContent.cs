using System.Text;
using CsCheck;

namespace Recap.Testing;

/// <summary>
/// Generators for property tests and the fuzzer's seed corpus: Markdown and YAML assembled from the
/// pieces that have broken readers before (delimiters, containers, line endings, footnotes, HTML,
/// entities, odd characters), so random input reaches deep paths quickly instead of staying prose.
/// </summary>
public static class HostileContent
{
    private static readonly string[] Pieces =
    [
        "word ", "Gopher ", "*", "**", "_", "__", "`", "```go\n", "```\n", "[", "]", "(", ")", "](x.md)", "![a](p.png)",
        "> ", "- ", "1. ", "  ", "    ", "\t", "\n", "\n\n", "\r", "\r\n", "# ", "## ", "|a|b|\n|-|-|\n", "---\n",
        "[^a]", "[^b]", "[^a]: note\n", "[^b]: see [^a]\n", "<b>", "</b>", "<!-- c -->", "&amp;", "&#0;", "&bogus;",
        "@gopher ", "Q: ", "A: ", "\"", "'", "--", "...", "\\", "<https://example.org>", "<javascript:x>",
        "é", "\u00A0", "\u200B", "\u202E", "\uFFFD", "\U0001F9AB", "\u0000", "\u001B", "日本", "مرحبا",
    ];

    /// <summary>A write-up body of up to <paramref name="pieces"/> pieces.</summary>
    public static Gen<string> Body(int pieces = 60) =>
        Gen.OneOf(Pieces).Array[0, pieces].Select(string.Concat);

    /// <summary>A whole write-up file: usually front matter with a title, sometimes broken front matter.</summary>
    public static Gen<string> WriteUp(int pieces = 60) =>
        Gen.Select(
            Gen.OneOf("---\ntitle: Talk\n---\n", "---\ntitle: Talk\nspeakers:\n  - name: Ann\n---\n", "---\ntitle: [x\n---\n", "---\n", "", "---\ntitle: *a\n---\n"),
            Body(pieces),
            (front, body) => front + body);

    /// <summary>Any bytes, half of the time valid UTF-8 text around invalid sequences.</summary>
    public static Gen<byte[]> Bytes(int length = 400) =>
        Gen.Frequency(
            (1, Gen.Byte.Array[0, length]),
            (1, Gen.Select(WriteUp(), Gen.Byte.Array[0, 8], (text, junk) => (byte[])[.. Encoding.UTF8.GetBytes(text), .. junk])));
}
