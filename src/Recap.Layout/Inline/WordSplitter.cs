using System.Text;
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
internal sealed class WordSplitter
{
    private readonly DiagnosticBag _diagnostics;
    private readonly List<ParagraphWord> _words = [];
    private readonly StringBuilder _text = new();
    private ParagraphWord? _current;
    private string? _onlyText; // the current word's text while it has one segment of text: no copy to make
    private RunStyle? _pendingSpace;
    private bool _pendingBreak;
    private readonly PlainWords _plainWords = new();

    private WordSplitter(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public static IReadOnlyList<ParagraphWord> Split(IReadOnlyList<StyledRun> runs, DiagnosticBag diagnostics)
    {
        var splitter = new WordSplitter(diagnostics);
        foreach (var run in runs)
        {
            splitter.Add(run);
        }

        splitter.Close();
        return splitter._words;
    }

    private void Add(StyledRun run)
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
                _current!.PlainStarts.Add((_text.Length + i - segmentStart, _plainWords.Index));
            }
        }

        if (segmentStart >= 0)
        {
            AddSegment(run, segmentStart, text.Length - segmentStart);
        }
    }

    private void Open()
    {
        if (_current is not null)
        {
            return;
        }

        var first = _words.Count == 0;
        _current = new ParagraphWord
        {
            SpaceBefore = first || _pendingBreak ? null : _pendingSpace,
            BreakBefore = !first && _pendingBreak,
        };
        _pendingSpace = null;
        _pendingBreak = false;
        _text.Clear();
        _onlyText = null;
    }

    private void Close()
    {
        if (_current is null)
        {
            return;
        }

        var text = _onlyText ?? _text.ToString();
        _current.Text = text;
        _current.IsToken = TokenSplitter.LooksLikeAddress(text) || _current.Segments.Exists(s => !s.IsMark && s.Run.Style.Token);
        _words.Add(_current);
        _current = null;
    }

    private void AddSegment(StyledRun run, int start, int length)
    {
        var text = run.Text.Substring(start, length);
        var split = run.Style.Fonts.Split(text);
        foreach (var missing in split.Missing)
        {
            _diagnostics.WarningOnce(
                missing.ToString(),
                run.Source,
                "missing-glyph",
                $"no font of the theme or of this machine has the character {ScriptCoverage.Describe(missing)}; it prints as the font's missing-glyph box",
                ScriptCoverage.Hint(missing.CodePoint));
        }

        var segment = new WordSegment(run, start, length, _text.Length, split.Runs);
        _current!.Segments.Add(segment);
        if (!segment.IsMark)
        {
            _onlyText = _text.Length == 0 ? text : null;
            _text.Append(text);
        }
    }

    // No-break spaces join words here: they are white space for the plain text's word count only.
    private static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u2007' or '\u202F';
}
