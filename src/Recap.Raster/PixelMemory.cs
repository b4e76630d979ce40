using System.Runtime.InteropServices;
using SkiaSharp;

namespace Recap.Raster;

/// <summary>
/// Pixel memory for a drawing surface, allocated here rather than by Skia so that Linux can back it
/// with 2 MiB pages: the ebook's 1,600-pixel cover (14 MB) then costs a handful of page faults, not
/// 3,600 (each several microseconds in a virtual machine, a third of the cover's time). Where the
/// system does not give huge pages, the advice is ignored and the memory is ordinary.
/// </summary>
internal static unsafe partial class PixelMemory
{
    private const nuint HugePage = 2 * 1024 * 1024;

    // Linux's MADV_HUGEPAGE.
    private const int AdviseHugePages = 14;

    /// <summary>A surface over memory of its own, released with the surface.</summary>
    public static SKSurface? Surface(SKImageInfo info)
    {
        var length = ((nuint)info.BytesSize64 + HugePage - 1) / HugePage * HugePage;
        var pixels = NativeMemory.AlignedAlloc(length, HugePage);
        if (OperatingSystem.IsLinux())
        {
            _ = Advise(pixels, length, AdviseHugePages);
        }

        var surface = SKSurface.Create(info, (nint)pixels, info.RowBytes, (address, _) => NativeMemory.AlignedFree((void*)address), null);
        if (surface is null)
        {
            NativeMemory.AlignedFree(pixels);
        }

        return surface;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(void* address, nuint length, int advice);
}
