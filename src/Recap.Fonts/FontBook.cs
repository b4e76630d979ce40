using System.Collections.Concurrent;
using Recap.Frames;

namespace Recap.Fonts;

/// <summary>
/// The faces a document's frames name by <see cref="FaceId"/>: the layout adds each face it sets
/// text in (the theme's, or any other, such as a system face found for a missing character), and
/// the exporters (PDF, pictures) look them up. Ids are handed out in order of first addition; safe
/// to use from several threads. The book does not own its faces: whoever loaded them disposes them.
/// </summary>
public sealed class FontBook
{
    private readonly ConcurrentDictionary<FontFace, FaceId> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<FontFace> _faces = [];
    private readonly Lock _adding = new();

    /// <summary>The face's id, adding it when it is new.</summary>
    public FaceId Add(FontFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        if (_ids.TryGetValue(face, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (!_ids.TryGetValue(face, out id))
            {
                id = new FaceId(_faces.Count);
                _faces.Add(face);
                _ids[face] = id;
            }

            return id;
        }
    }

    /// <summary>The face an id names; an id from another book is an error.</summary>
    public FontFace this[FaceId id]
    {
        get
        {
            lock (_adding)
            {
                return (uint)id.Value < (uint)_faces.Count
                    ? _faces[id.Value]
                    : throw new ArgumentOutOfRangeException(nameof(id), id, "no face of this book has that id");
            }
        }
    }
}
