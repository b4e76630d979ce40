using System.Runtime.InteropServices;

namespace Recap.Markdown.Files;

/// <summary>
/// Whether a path (links followed) is a regular file. .NET has no portable way to ask, and opening
/// a FIFO to find out blocks until someone writes to it; so on Linux this asks stat(2) for the file
/// type bits. Elsewhere, anything <see cref="File.Exists"/> accepts counts as regular.
/// </summary>
internal static partial class FileKind
{
    private const uint TypeMask = 0xF000; // S_IFMT
    private const uint Regular = 0x8000; // S_IFREG

    public static bool IsRegularFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (!OperatingSystem.IsLinux() || ModeOffset() is not { } offset)
        {
            return true;
        }

        var buffer = new byte[256]; // struct stat is 144 bytes on x86-64, 128 on arm64
        return Stat(path, buffer) == 0 && (BitConverter.ToUInt32(buffer, offset) & TypeMask) == Regular;
    }

    /// <summary>Where st_mode sits in struct stat: after dev, ino and nlink on x86-64, after dev and ino on arm64.</summary>
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
