namespace Recap.Theming;

/// <summary>Page margins in points for facing pages: inner is the spine side.</summary>
public sealed record Margins(double Inner, double Outer, double Top, double Bottom)
{
    public Margins Scaled(double factor) => new(Inner * factor, Outer * factor, Top * factor, Bottom * factor);
}
