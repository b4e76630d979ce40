using System.Runtime.InteropServices;

namespace Recap.Fonts;

/// <summary>
/// hb-subset entry points. HarfBuzzSharp's managed API lacks them, but the native library of
/// HarfBuzzSharp.NativeAssets.Linux 14.4.0 (pinned centrally) exports them; a test covers this.
/// </summary>
internal static partial class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: drop hinting instructions (PDF viewers do not use them).</summary>
    public const uint NoHinting = 0x1;

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: kept glyphs keep their ids, so CID = GID still holds.</summary>
    public const uint RetainGlyphIds = 0x2;

    /// <summary>HB_SUBSET_FLAGS_NOTDEF_OUTLINE: keep .notdef's outline (dropped by default), so a missing character shows as a box.</summary>
    public const uint NotdefOutline = 0x40;

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial IntPtr InputUnicodeSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_glyph_set")]
    public static partial IntPtr InputGlyphSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);
}
