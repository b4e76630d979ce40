using Recap.Fonts;
using Recap.Layout.Code;
using Recap.Layout.Inline;
using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Layout.Blocks;

/// <summary>What setting one write-up needs; one per thread, since shaping caches are not shared.</summary>
internal sealed class LayoutContext(Theme theme, Publication publication, Hyphenation.Hyphenator? hyphenator, ImageStore images, DiagnosticBag diagnostics)
{
    private readonly MeasureCache _measure = new();

    public Theme Theme => theme;

    public Publication Publication => publication;

    public ImageStore Images => images;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The theme's body paragraph, made once: blocks vary it with <c>with</c>, rather than making it and then a copy.</summary>
    public ParagraphFormat Body => field ??= ParagraphFormat.Body(theme);

    public ParagraphLayouter Paragraphs => field ??= new ParagraphLayouter(theme, hyphenator, _measure, diagnostics);

    public CodeLayouter Code => field ??= new CodeLayouter(theme, diagnostics);
}
