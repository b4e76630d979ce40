namespace Recap.Model;

/// <summary>Where a node or a problem comes from: a file and a 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for a whole file (line 1, column 1), for problems that have no better place.</summary>
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
