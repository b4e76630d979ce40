using System.Globalization;
using Recap.Frames;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.TextRules;
using Link = Recap.Model.Link;

namespace Recap.Layout.Inline;

/// <summary>
/// Collect, the first stage of paragraph layout: walks the model's inlines and turns them into
/// styled runs. Emphasis selects the italic chain, strong the bold one, inline code the mono
/// chain at the theme's code-to-body ratio; links and handles keep their target and get one
/// Link structure element each; footnote references become small raised numbers that link to
/// <c>fn-{id}</c>.
/// </summary>
internal sealed class InlineCollector : IInlineVisitor
{
    /// <summary>Footnote numbers at this fraction of the size, raised by <see cref="SuperscriptRise"/> of it.</summary>
    private const double SuperscriptScale = 0.62;

    private const double SuperscriptRise = 0.36;

    private readonly Theme _theme;
    private readonly List<StyledRun> _runs = []; // reused paragraph to paragraph: one collector per layouter
    private ParagraphFormat _format = null!;
    private StructureElement _element = null!;
    private Color _color;
    private Context _context; // of the inlines being walked: emphasis, strong and links change it for their content
    private RunStyle? _lastText; // the style last made for text, kept for the next run that looks the same

    public InlineCollector(Theme theme)
    {
        _theme = theme;
    }

    /// <summary>The runs of <paramref name="content"/>, in this collector's list: valid until it collects the next paragraph.</summary>
    public IReadOnlyList<StyledRun> Collect(ParagraphFormat format, StructureElement element, IReadOnlyList<Model.Inline> content)
    {
        _runs.Clear();
        (_format, _element, _color) = (format, element, format.Color ?? _theme.TextColor);
        Walk(content, new Context(false, format.Italic, null, null));
        return _runs;
    }

    // Every inline of the book passes here: the context is a field the visits read, not a closure made
    // per inline, and the inlines are walked by index (a foreach over the interface boxes its enumerator).
    private void Walk(IReadOnlyList<Model.Inline> inlines, Context context)
    {
        var outer = _context;
        _context = context;
        for (var i = 0; i < inlines.Count; i++)
        {
            inlines[i].Accept(this);
        }

        _context = outer;
    }

    public void Visit(Text text) => Add(text.Value, TextStyle(_context), text.Source);

    public void Visit(Emphasis emphasis) => Walk(emphasis.Content, _context with { Italic = !_context.Italic || _format.Italic });

    public void Visit(Strong strong) => Walk(strong.Content, _context with { Bold = true });

    public void Visit(InlineCode code) => Add(CodeSpaces.Keep(code.Value), CodeStyle(_context), code.Source);

    public void Visit(Link link) => Walk(link.Content, Linked(_context, Target(link.Target)));

    public void Visit(Handle handle)
    {
        var linked = Linked(_context, SafeUrl.Href(handle.Url) is { } href ? new UriTarget(href) : null);
        Add(handle.Name, TextStyle(linked) with { Token = true }, handle.Source);
    }

    public void Visit(LineBreak lineBreak) => _runs.Add(new StyledRun(" ", TextStyle(_context), RunKind.LineBreak, lineBreak.Source));

    public void Visit(FootnoteReference reference) => AddFootnoteMark(reference, _context);

    private void Add(string text, RunStyle style, SourceSpan source)
    {
        if (text.Length > 0)
        {
            _runs.Add(new StyledRun(text, style, RunKind.Text, source));
        }
    }

    private void AddFootnoteMark(FootnoteReference reference, Context context)
    {
        var size = _format.Size * SuperscriptScale;
        var style = new RunStyle(
            Chain(context.Bold, false), size, _theme.AccentColor, _format.Size * SuperscriptRise, true,
            new DestinationTarget("fn-" + reference.FootnoteId), _element.Add(StructureKind.Link));
        var number = reference.Number.ToString(CultureInfo.InvariantCulture);
        _runs.Add(new StyledRun(number, style, RunKind.FootnoteMark, reference.Source, reference.FootnoteId));
    }

    private RunStyle TextStyle(Context context)
    {
        var chain = Chain(context.Bold, context.Italic);
        var color = context.Target is null ? _color : _theme.AccentColor;
        if (_lastText is { } last && ReferenceEquals(last.Fonts, chain) && last.Size == _format.Size && last.Color == color
            && ReferenceEquals(last.Target, context.Target) && ReferenceEquals(last.Link, context.Link))
        {
            // The same look as the text before (most runs of most paragraphs): one immutable style serves both.
            return last;
        }

        return _lastText = new RunStyle(chain, _format.Size, color, 0, false, context.Target, context.Link);
    }

    private RunStyle CodeStyle(Context context)
    {
        var fonts = _theme.Fonts;
        var chain = context.Bold ? fonts.MonoBold : context.Italic ? fonts.MonoItalic : fonts.Mono;
        var size = _format.Size * _theme.CodeSize / _theme.BodySize;
        return new RunStyle(chain, size, context.Target is null ? _color : _theme.AccentColor, 0, true, context.Target, context.Link);
    }

    private Fonts.FontChain Chain(bool bold, bool italic) => WeightedChains.For(_theme.Fonts, _format.Weight, bold, italic);

    /// <summary>The context inside a link; a link whose URL is not allowed (<see cref="SafeUrl"/>) keeps its text only.</summary>
    private Context Linked(Context context, Frames.LinkTarget? target) =>
        target is null ? context : context with { Target = target, Link = _element.Add(StructureKind.Link) };

    private static Frames.LinkTarget? Target(Model.LinkTarget target) => target.Match<Frames.LinkTarget?>(
        external => SafeUrl.Href(external.Url) is { } href ? new UriTarget(href) : null,
        @internal => new DestinationTarget(@internal.TargetId));

    private readonly record struct Context(bool Bold, bool Italic, Frames.LinkTarget? Target, StructureElement? Link);
}
