using Recap.Markdown.Conversion;
using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.WriteUps;

/// <summary>
/// Gives each write-up its slug, from its title (or its file name when the title is missing or has
/// no letter or digit in any script).
/// Two write-ups with the same slug would overwrite each other's pages and anchors: the second
/// is an error, and it gets a numbered slug so that the rest of the run can still check everything.
/// </summary>
internal static class SlugAssigner
{
    public static void Assign(IReadOnlyList<ParsedWriteUp> writeUps, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, ParsedWriteUp>(StringComparer.Ordinal);
        foreach (var writeUp in writeUps)
        {
            var title = writeUp.FrontMatter.Title;
            // A title of symbols alone (an emoji) has no slug of its own: the file's name gives one.
            var slug = Slug.From(title, Path.GetFileNameWithoutExtension(writeUp.RelativeFile));
            if (owners.TryGetValue(slug, out var first))
            {
                diagnostics.Error(
                    writeUp.FrontMatter.TitleSource,
                    "duplicate-slug",
                    $"this write-up's slug `{slug}` is already taken",
                    $"`{first.RelativeFile}` has the same slug; give one of them a different title");
                var n = 2;
                while (owners.ContainsKey($"{slug}-{n}"))
                {
                    n++;
                }

                slug = $"{slug}-{n}";
            }

            owners[slug] = writeUp;
            writeUp.Slug = slug;
        }
    }
}
