namespace Recap.Layout.Inline;

/// <summary>
/// Font expansion as pdfTeX does it (H. T. Thành, "Micro-typographic extensions to the TeX
/// typesetting system", 2000; R. Schlicht, The microtype package, §5.2): every glyph of a
/// justified line may be widened or narrowed by a share of its width (the theme's
/// <c>microtype:</c> stretch and shrink; microtype's stretch=20 is 0.02). The preparer gives
/// each box that much stretch and shrink, the line breaker counts it beside the glue's, and
/// once the breaks are chosen each line's expansion is rounded to a multiple of the step and
/// the glue takes the rest, so the spaces stay nearer their natural width than glue alone allows.
/// </summary>
public static class FontExpansion
{
    /// <summary>The expansion of a line set at adjustment ratio <paramref name="ratio"/>: within the limits (shares of a width), in steps.</summary>
    public static double ForLine(double ratio, double stretch, double shrink, double step)
    {
        if (!double.IsFinite(ratio))
        {
            return 0;
        }

        // A shrinking line rounds away from zero: its glue then never has to shrink past its limit.
        var wanted = ratio >= 0 ? Math.Min(ratio, 1) * stretch : Math.Max(ratio, -1) * shrink;
        var steps = step > 0 ? wanted / step : 0;
        var stepped = step > 0 ? (ratio < 0 ? Math.Floor(steps + 1e-9) : Math.Round(steps)) * step : wanted;
        return Math.Clamp(stepped, -shrink, stretch);
    }
}
