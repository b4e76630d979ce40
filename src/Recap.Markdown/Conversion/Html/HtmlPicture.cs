using Recap.Model;

namespace Recap.Markdown.Conversion.Html;

/// <summary>A picture written in HTML (<c>&lt;img&gt;</c>, <c>&lt;Figure src alt/&gt;</c>), before it becomes a figure.</summary>
internal sealed record HtmlPicture(string Src, string Alt, string? Title, SourceSpan Source)
{
    public Figure? ToFigure(WriteUpScope scope, IReadOnlyList<Inline>? caption = null)
    {
        var figure = FigureBuilder.Build(Src, Alt, Title, Source, scope);
        return figure is not null && caption is { Count: > 0 } ? figure with { Caption = caption } : figure;
    }
}
