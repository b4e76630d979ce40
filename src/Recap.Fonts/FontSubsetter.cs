using System.Runtime.InteropServices;

namespace Recap.Fonts;

/// <summary>
/// Cuts a face down to the characters or glyphs a document uses, with HarfBuzz's hb-subset.
/// Thread-safe; the output depends only on the face and the set, so it is deterministic.
/// </summary>
public static class FontSubsetter
{
    /// <summary>
    /// A font keeping the given characters (and the glyphs its layout tables reach from them),
    /// with its cmap and layout features: for embedding in an ebook, where the reader shapes again.
    /// Without hinting instructions: reading systems rasterise with FreeType's light hinting or none,
    /// which ignores them, and they were half of each Go face's subset.
    /// </summary>
    public static byte[] Subset(FontFace face, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        return Run(face, HarfBuzzSubset.NoHinting | HarfBuzzSubset.NotdefOutline, HarfBuzzSubset.InputUnicodeSet, codePoints.Select(c => (uint)c));
    }

    /// <summary>
    /// A font keeping exactly the given glyphs under their original ids (the others become empty),
    /// without hinting: for a PDF, which draws glyph ids already shaped and maps CID = GID.
    /// </summary>
    public static byte[] SubsetGlyphs(FontFace face, IEnumerable<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(face);
        return Run(face, HarfBuzzSubset.RetainGlyphIds | HarfBuzzSubset.NoHinting | HarfBuzzSubset.NotdefOutline, HarfBuzzSubset.InputGlyphSet, glyphIds.Select(g => (uint)g));
    }

    private static byte[] Run(FontFace face, uint flags, Func<IntPtr, IntPtr> setOf, IEnumerable<uint> values)
    {
        var input = HarfBuzzSubset.InputCreate();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail failed (out of memory)");
        }

        try
        {
            HarfBuzzSubset.InputSetFlags(input, flags);
            var set = setOf(input);
            foreach (var value in values)
            {
                HarfBuzzSubset.SetAdd(set, value);
            }

            var subset = HarfBuzzSubset.SubsetOrFail(face.HarfBuzzFace.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException($"hb-subset failed for {face.PostScriptName}");
            }

            try
            {
                var blob = HarfBuzzSubset.FaceReferenceBlob(subset);
                try
                {
                    var data = HarfBuzzSubset.BlobGetData(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    HarfBuzzSubset.BlobDestroy(blob);
                }
            }
            finally
            {
                HarfBuzzSubset.FaceDestroy(subset);
            }
        }
        finally
        {
            HarfBuzzSubset.InputDestroy(input);
        }
    }
}
