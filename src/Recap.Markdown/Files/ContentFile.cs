using System.Buffers;
using Recap.Markdown.Images;
using Recap.Model;

namespace Recap.Markdown.Files;

/// <summary>
/// Reads a text file of the content folder (a write-up or book.yml) under the rules every file of
/// the folder is read by: it must resolve inside the folder once links are followed, be a regular
/// file (a FIFO would hang the build, <c>/dev/zero</c> never ends), and fit its size budget. Each
/// refusal is an error at the file; invalid UTF-8 is a warning at its first bad byte.
/// </summary>
internal static class ContentFile
{
    /// <summary>What a caller makes of a file's text, while the text is still in the reader's buffer.</summary>
    public delegate T TextUse<out T>(ReadOnlySpan<char> text);

    /// <returns>The text with LF line endings, or null when the file cannot be used (reported).</returns>
    public static string? ReadText(ContentContext context, string relativeFile, long maxBytes, string what) =>
        Read(context, relativeFile, maxBytes, what, static text => text.ToString());

    /// <returns>What <paramref name="use"/> makes of the text (with LF line endings), or null when the file cannot be used (reported).</returns>
    public static T? Read<T>(ContentContext context, string relativeFile, long maxBytes, string what, TextUse<T> use)
        where T : class
    {
        var diagnostics = context.Diagnostics;
        var displayPath = context.DisplayPath(relativeFile);
        var file = SourceSpan.StartOf(displayPath);
        var fullPath = Path.Combine(context.FullPath, relativeFile);
        if (context.Resolve(fullPath) is not { } real)
        {
            diagnostics.Error(file, "file-outside-content", $"the {what} is a link to a file outside the content folder", "copy the file itself into the content folder");
            return null;
        }

        if (!FileKind.IsRegularFile(real))
        {
            diagnostics.Error(file, "not-a-file", $"the {what} is not a regular file (a folder, device, FIFO or socket)");
            return null;
        }

        // The bytes and characters are garbage once used: pooled buffers spare the collector two copies of every file.
        byte[]? bytes = null;
        char[]? chars = null;
        T result;
        (int Line, int Column)? invalid;
        try
        {
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > maxBytes)
            {
                diagnostics.Error(file, "file-too-large", $"the {what} is {stream.Length:N0} bytes, over the limit of {maxBytes:N0}");
                return null;
            }

            var length = (int)stream.Length;
            bytes = ArrayPool<byte>.Shared.Rent(length);
            stream.ReadExactly(bytes, 0, length);
            chars = ArrayPool<char>.Shared.Rent(DecodedText.MaxChars(length));
            var decoded = DecodedText.Decode(bytes.AsSpan(0, length), chars, out invalid);
            result = use(chars.AsSpan(0, decoded));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(file, "unreadable-file", $"cannot read the {what}: {e.Message}");
            return null;
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        context.Use(fullPath);
        if (invalid is var (line, column))
        {
            diagnostics.Warning(new SourceSpan(displayPath, line, column), "invalid-utf8", "the file is not valid UTF-8 here: bytes that are not UTF-8 are replaced by \uFFFD", "save the file as UTF-8");
        }

        return result;
    }
}
