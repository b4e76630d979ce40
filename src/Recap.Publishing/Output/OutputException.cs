namespace Recap.Publishing.Output;

/// <summary>An output could not be written: the file system's reason, with the path it concerns.</summary>
public sealed class OutputException(string path, string reason, Exception? inner = null)
    : Exception($"cannot write {path}: {reason}", inner)
{
    public string Path { get; } = path;
}
