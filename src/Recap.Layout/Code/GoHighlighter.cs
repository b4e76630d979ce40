using System.Collections.Frozen;

namespace Recap.Layout.Code;

/// <summary>
/// A small Go tokenizer for highlighting (the Go spec's lexical elements, simplified): line and
/// block comments, interpreted and raw strings, runes, numbers, keywords and predeclared
/// identifiers. It classifies characters and never rejects input: code in a recap may be a fragment.
/// </summary>
public static class GoHighlighter
{
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
        "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
        "switch", "type", "var",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Predeclared = FrozenSet.ToFrozenSet(
    [
        "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int", "int8",
        "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
        "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy", "delete", "imag",
        "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
    ], StringComparer.Ordinal);

    /// <summary>Whether a code block's info string names Go.</summary>
    public static bool Handles(string? language) =>
        string.Equals(language, "go", StringComparison.OrdinalIgnoreCase) || string.Equals(language, "golang", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind of every UTF-16 unit of <paramref name="code"/>.</summary>
    public static CodeTokenKind[] Classify(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var kinds = new CodeTokenKind[code.Length];
        var i = 0;
        while (i < code.Length)
        {
            var start = i;
            var c = code[i];
            var next = i + 1 < code.Length ? code[i + 1] : '\0';
            CodeTokenKind kind;
            if (c == '/' && next == '/')
            {
                i = IndexOrEnd(code, "\n", i);
                kind = CodeTokenKind.Comment;
            }
            else if (c == '/' && next == '*')
            {
                var close = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? code.Length : close + 2;
                kind = CodeTokenKind.Comment;
            }
            else if (c is '"' or '\'')
            {
                i = QuotedEnd(code, i);
                kind = CodeTokenKind.String;
            }
            else if (c == '`')
            {
                var close = code.IndexOf('`', i + 1);
                i = close < 0 ? code.Length : close + 1;
                kind = CodeTokenKind.String;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
            {
                while (i < code.Length && (char.IsAsciiLetterOrDigit(code[i]) || code[i] is '_' or '.'))
                {
                    i++;
                }

                kind = CodeTokenKind.Number;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] == '_'))
                {
                    i++;
                }

                var word = code.AsSpan(start, i - start);
                kind = Keywords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? CodeTokenKind.Keyword
                    : Predeclared.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !IsSelector(code, start) ? CodeTokenKind.Builtin
                    : CodeTokenKind.Plain;
            }
            else
            {
                i++;
                kind = CodeTokenKind.Plain;
            }

            kinds.AsSpan(start, i - start).Fill(kind);
        }

        return kinds;
    }

    private static int IndexOrEnd(string code, string value, int from)
    {
        var index = code.IndexOf(value, from, StringComparison.Ordinal);
        return index < 0 ? code.Length : index;
    }

    /// <summary>The end of a "…" or '…' literal: after its closing quote, or at the line's end if it has none.</summary>
    private static int QuotedEnd(string code, int start)
    {
        var quote = code[start];
        for (var i = start + 1; i < code.Length; i++)
        {
            if (code[i] == '\\')
            {
                i++;
            }
            else if (code[i] == quote)
            {
                return i + 1;
            }
            else if (code[i] == '\n')
            {
                return i;
            }
        }

        return code.Length;
    }

    // x.len or pkg.string is a field or member, not the predeclared name.
    private static bool IsSelector(string code, int start) => start > 0 && code[start - 1] == '.';
}
