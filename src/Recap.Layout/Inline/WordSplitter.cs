using System.Runtime.InteropServices;
using Recap.Fonts;
using Recap.Model.Diagnostics;
using Recap.Model.TextRules;

namespace Recap.Layout.Inline;

/// <summary>
/// Prepare, part one: cuts styled runs into words at breakable spaces (a word may span several
/// styles), picks the face for every grapheme cluster through the style's chain (warning once
/// per paragraph about each character no face has), and numbers the words of the plain text
/// (<see cref="PlainWords"/>) for the page map.
/// </summary>
internal sealed class WordSplitter(DiagnosticBag diagnostics)
{
    // Scratch reused from paragraph to paragraph (a splitter serves one layouter, on one thread).
    private readonly SplitParagraph _paragraph = new();
    private readonly List<char> _text = []; // the current word's text so far
    private readonly WordTable _words = new(); // a string for each distinct word, not for each word cut
    private bool _open; // a word is being cut
    private string? _onlyText; // the current word's text while it has one segment of text: no copy to make
    private RunStyle? _spaceBefore;
    private bool _breakBefore;
    private bool _tokenStyled; // a segment of the current word is in a token's style
    private RunStyle? _pendingSpace;
    private bool _pendingBreak;
    private PlainWords _plainWords = new();

    /// <summary>The words of <paramref name="runs"/>, in this splitter's scratch: valid until it splits the next paragraph.</summary>
    public SplitParagraph Split(IReadOnlyList<StyledRun> runs)
    {
        _paragraph.Clear();
        (_pendingSpace, _pendingBreak, _plainWords) = (null, false, new PlainWords());
        for (var i = 0; i < runs.Count; i++)
        {
            Add(runs[i]);
        }

        Close();
        return _paragraph;
    }

    private void Add(in StyledRun run)
    {
        switch (run.Kind)
        {
            case RunKind.LineBreak:
                Close();
                _pendingBreak = true;
                _plainWords.Separate();
                return;
            case RunKind.FootnoteMark:
                Open();
                AddSegment(run, 0, run.Text.Length);
                return;
        }

        var text = run.Text;
        var segmentStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var begins = _plainWords.Begins(c);
            if (char.IsWhiteSpace(c) && !IsNoBreakSpace(c))
            {
                if (segmentStart >= 0)
                {
                    AddSegment(run, segmentStart, i - segmentStart);
                    segmentStart = -1;
                }

                Close();
                _pendingSpace ??= run.Style;
                continue;
            }

            if (segmentStart < 0)
            {
                Open();
                segmentStart = i;
            }

            if (begins)
            {
                _paragraph.AddPlainStart(_text.Count + i - segmentStart, _plainWords.Index);
            }
        }

        if (segmentStart >= 0)
        {
            AddSegment(run, segmentStart, text.Length - segmentStart);
        }
    }

    private void Open()
    {
        if (_open)
        {
            return;
        }

        var first = _paragraph.Words.Count == 0;
        _open = true;
        _spaceBefore = first || _pendingBreak ? null : _pendingSpace;
        _breakBefore = !first && _pendingBreak;
        _tokenStyled = false;
        _pendingSpace = null;
        _pendingBreak = false;
        _text.Clear();
        _onlyText = null;
    }

    private void Close()
    {
        if (!_open)
        {
            return;
        }

        var text = _onlyText ?? _words.Get(CollectionsMarshal.AsSpan(_text));
        _paragraph.AddWord(text, _spaceBefore, _breakBefore, _tokenStyled || TokenSplitter.LooksLikeAddress(text));
        _open = false;
    }

    private void AddSegment(in StyledRun run, int start, int length)
    {
        var text = _words.Get(run.Text.AsSpan(start, length));
        var split = run.Style.Fonts.Split(text);
        foreach (var missing in split.Missing)
        {
            diagnostics.WarningOnce(
                missing.ToString(),
                run.Source,
                "missing-glyph",
                $"no font of the theme or of this machine has the character {ScriptCoverage.Describe(missing)}; it prints as the font's missing-glyph box",
                ScriptCoverage.Hint(missing.CodePoint));
        }

        var segment = new WordSegment(run, length, _text.Count, split.Runs);
        _paragraph.AddSegment(segment);
        if (!segment.IsMark)
        {
            _tokenStyled |= run.Style.Token;
            _onlyText = _text.Count == 0 ? text : null;
            _text.AddRange(text.AsSpan());
        }
    }

    // No-break spaces join words here: they are white space for the plain text's word count only.
    private static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u2007' or '\u202F';
}
