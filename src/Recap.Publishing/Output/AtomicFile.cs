namespace Recap.Publishing.Output;

/// <summary>
/// Writes a file under a temporary name in the same folder, then moves it into place, so an
/// interrupted or failed write leaves the earlier file as it was and readers never see half a file.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            // Present only when writing or moving failed.
            File.Delete(temporary);
        }
    }
}
