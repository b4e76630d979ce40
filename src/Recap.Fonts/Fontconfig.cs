using System.Runtime.InteropServices;

namespace Recap.Fonts;

/// <summary>
/// The few calls of the machine's fontconfig (libfontconfig.so.1) that find installed faces for a
/// character, best first: a pattern with the character in its charset, the configuration's
/// substitutions applied, then <c>FcFontSort</c>. Not thread-safe: <see cref="SystemFonts"/> locks.
/// </summary>
internal static partial class Fontconfig
{
    private const string Library = "libfontconfig.so.1";

    /// <summary>FcMatchPattern: substitutions that apply to a query.</summary>
    private const int MatchPattern = 0;

    /// <summary>FcResultMatch.</summary>
    private const int ResultMatch = 0;

    /// <summary>The installed faces that fontconfig ranks for <paramref name="codePoint"/>, best first: file and face index.</summary>
    public static List<(string File, int Index)> Candidates(IntPtr config, int codePoint, string? language)
    {
        var candidates = new List<(string File, int Index)>();
        var pattern = PatternCreate();
        var charset = CharSetCreate();
        try
        {
            CharSetAddChar(charset, (uint)codePoint);
            PatternAddCharSet(pattern, "charset", charset);
            if (language is not null)
            {
                PatternAddString(pattern, "lang", language);
            }

            ConfigSubstitute(config, pattern, MatchPattern);
            DefaultSubstitute(pattern);
            var set = FontSort(config, pattern, trim: 1, IntPtr.Zero, out var result);
            if (set == IntPtr.Zero || result != ResultMatch)
            {
                return candidates;
            }

            try
            {
                // FcFontSet: int nfont; int sfont; FcPattern **fonts.
                var count = Marshal.ReadInt32(set);
                var fonts = Marshal.ReadIntPtr(set, IntPtr.Size);
                for (var i = 0; i < count; i++)
                {
                    var font = Marshal.ReadIntPtr(fonts, i * IntPtr.Size);
                    if (PatternGetString(font, "file", 0, out var file) == ResultMatch && Marshal.PtrToStringUTF8(file) is { } path)
                    {
                        candidates.Add((path, PatternGetInteger(font, "index", 0, out var index) == ResultMatch ? index : 0));
                    }
                }
            }
            finally
            {
                FontSetDestroy(set);
            }
        }
        finally
        {
            CharSetDestroy(charset);
            PatternDestroy(pattern);
        }

        return candidates;
    }

    [LibraryImport(Library, EntryPoint = "FcInitLoadConfigAndFonts")]
    public static partial IntPtr InitLoadConfigAndFonts();

    [LibraryImport(Library, EntryPoint = "FcConfigDestroy")]
    public static partial void ConfigDestroy(IntPtr config);

    [LibraryImport(Library, EntryPoint = "FcPatternCreate")]
    private static partial IntPtr PatternCreate();

    [LibraryImport(Library, EntryPoint = "FcPatternDestroy")]
    private static partial void PatternDestroy(IntPtr pattern);

    [LibraryImport(Library, EntryPoint = "FcCharSetCreate")]
    private static partial IntPtr CharSetCreate();

    [LibraryImport(Library, EntryPoint = "FcCharSetDestroy")]
    private static partial void CharSetDestroy(IntPtr charset);

    [LibraryImport(Library, EntryPoint = "FcCharSetAddChar")]
    private static partial int CharSetAddChar(IntPtr charset, uint codePoint);

    [LibraryImport(Library, EntryPoint = "FcPatternAddCharSet", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PatternAddCharSet(IntPtr pattern, string name, IntPtr charset);

    [LibraryImport(Library, EntryPoint = "FcPatternAddString", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PatternAddString(IntPtr pattern, string name, string value);

    [LibraryImport(Library, EntryPoint = "FcConfigSubstitute")]
    private static partial int ConfigSubstitute(IntPtr config, IntPtr pattern, int kind);

    [LibraryImport(Library, EntryPoint = "FcDefaultSubstitute")]
    private static partial void DefaultSubstitute(IntPtr pattern);

    [LibraryImport(Library, EntryPoint = "FcFontSort")]
    private static partial IntPtr FontSort(IntPtr config, IntPtr pattern, int trim, IntPtr charsets, out int result);

    [LibraryImport(Library, EntryPoint = "FcFontSetDestroy")]
    private static partial void FontSetDestroy(IntPtr set);

    [LibraryImport(Library, EntryPoint = "FcPatternGetString", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PatternGetString(IntPtr pattern, string name, int n, out IntPtr value);

    [LibraryImport(Library, EntryPoint = "FcPatternGetInteger", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PatternGetInteger(IntPtr pattern, string name, int n, out int value);
}
