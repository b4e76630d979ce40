using System.Text;

namespace Recap.Model.Talks;

/// <summary>
/// The speakers section's entries, the same in the booklet and the ebook: every speaker of a talk,
/// once, sorted by family name. The tool runs with invariant globalization (no culture collation),
/// so the sort key folds Latin diacritics and case (Ærø sorts with Aero) and compares ordinally.
/// </summary>
public static class SpeakerIndex
{
    /// <summary>The publication's speakers section: its talks' speakers, described by book.yml's register where it has them.</summary>
    public static IReadOnlyList<SpeakerEntry> For(Publication publication) => Build(publication.WriteUps, publication.Meta.SpeakerRegister);

    /// <param name="register">book.yml's speakers: a registered speaker is described as the register says, not as their first talk's overrides.</param>
    public static IReadOnlyList<SpeakerEntry> Build(IReadOnlyList<WriteUp> writeUps, IReadOnlyDictionary<string, Speaker>? register = null)
    {
        var byName = new Dictionary<string, (Speaker Speaker, List<WriteUp> Talks)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var writeUp in writeUps.Where(w => w.Meta.Kind == WriteUpKind.Talk))
        {
            foreach (var speaker in writeUp.Meta.Speakers)
            {
                if (byName.TryGetValue(speaker.Name, out var known))
                {
                    if (!known.Talks.Contains(writeUp))
                    {
                        known.Talks.Add(writeUp);
                    }

                    byName[speaker.Name] = (Fuller(known.Speaker, speaker), known.Talks);
                }
                else
                {
                    byName[speaker.Name] = (register?.GetValueOrDefault(speaker.Name) ?? speaker, [writeUp]);
                    order.Add(speaker.Name);
                }
            }
        }

        return [.. order
            .OrderBy(name => SortKey(name), StringComparer.Ordinal)
            .ThenBy(name => name, StringComparer.Ordinal)
            .Select(name => new SpeakerEntry(byName[name].Speaker, byName[name].Talks))];
    }

    /// <summary>
    /// The family name first, where it can be told: the last word of a name of several words written
    /// in a script that puts the given name first. A single word, or a name in a script without
    /// spaces between names (CJK), sorts as written.
    /// </summary>
    public static string SortKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ordered = words.Length > 1 && !name.Any(IsCjk) ? $"{words[^1]} {string.Join(' ', words[..^1])}" : name;
        return Fold(ordered);
    }

    /// <summary>A talk's description of a speaker fills what the first one left out (a write-up's overrides are already applied).</summary>
    private static Speaker Fuller(Speaker first, Speaker other) => first with
    {
        Handle = first.Handle ?? other.Handle,
        HandleUrl = first.Handle is null ? other.HandleUrl : first.HandleUrl,
        Affiliation = first.Affiliation ?? other.Affiliation,
        Url = first.Url ?? other.Url,
        Photo = first.Photo ?? other.Photo,
        Bio = first.Bio.Count > 0 ? first.Bio : other.Bio,
    };

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(LatinFolding.Fold(c) ?? char.ToLowerInvariant(c).ToString());
        }

        return builder.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uf900' and <= '\ufaff';
}
