namespace Recap.Layout.Code;

/// <summary>The classes of source text a highlighter tells apart; each has its own colour and face.</summary>
public enum CodeTokenKind : byte
{
    Plain,
    Keyword,

    /// <summary>Predeclared identifiers: types, constants and built-in functions.</summary>
    Builtin,
    String,
    Number,
    Comment,
}
