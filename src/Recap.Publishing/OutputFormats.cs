namespace Recap.Publishing;

/// <summary>The outputs a build can write; <c>--format</c> picks them.</summary>

[Flags]
public enum OutputFormats
{
    Epub = 1,
    Pdf = 2,
    All = Epub | Pdf,
}
