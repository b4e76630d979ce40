using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.TextRules;

namespace Recap.Markdown.Conversion;

/// <summary>
/// Decides where a link goes: an absolute URL leaves the publication; a write-up's file name
/// (with an optional <c>#heading</c>) stays inside it; anything else local cannot be followed in
/// a book, so it is reported and the caller keeps only the link's text.
/// </summary>
internal sealed class LinkTargets(ContentContext context, IReadOnlyDictionary<string, HeadingAnchors> writeUps)
{
    /// <param name="currentFile">The linking write-up, relative to the content folder.</param>
    /// <returns>Null when the link cannot be followed (reported at <paramref name="source"/>).</returns>
    public LinkTarget? Resolve(string url, string currentFile, SourceSpan source)
    {
        if (SafeUrl.Scheme(url) is { } scheme)
        {
            if (SafeUrl.IsAllowed(url))
            {
                return new ExternalTarget(url);
            }

            context.Diagnostics.Warning(source, "unsafe-link", $"a `{scheme}:` link is not kept: its text stays without a link", $"links may use {SafeUrl.Listed}");
            return null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return new ExternalTarget("https:" + url);
        }

        if (url.Length == 0)
        {
            context.Diagnostics.Warning(source, "missing-local-link", "the link has no target: its text is kept without a link");
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        var file = currentFile;
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            context.Diagnostics.Warning(source, "missing-local-link", "the link's path holds a NUL character: its text is kept without a link");
            return null;
        }

        if (path.Length > 0)
        {
            var full = Path.GetFullPath(Path.Combine(context.FullPath, Path.GetDirectoryName(currentFile) ?? "", path));
            file = Path.GetRelativePath(context.FullPath, full).Replace(Path.DirectorySeparatorChar, '/');
            if (!writeUps.ContainsKey(file))
            {
                if (File.Exists(full) || Directory.Exists(full))
                {
                    context.Diagnostics.Warning(source, "unlinkable-local-file", $"`{path}` is not a write-up of this publication: the link's text is kept without a link");
                }
                else
                {
                    context.Diagnostics.Warning(source, "missing-local-link", $"link to `{path}`, which does not exist: the link's text is kept without a link", KeySuggestion.Hint(file, writeUps.Keys));
                }

                return null;
            }
        }

        var target = writeUps[file];
        if (fragment.Length == 0)
        {
            return new InternalTarget(target.WriteUpId);
        }

        if (target.Fragments.TryGetValue(fragment, out var id))
        {
            return new InternalTarget(id);
        }

        context.Diagnostics.Warning(source, "missing-anchor", $"`{file}` has no heading `#{fragment}`: the link goes to the write-up's start", KeySuggestion.Hint(fragment, target.Fragments.Keys));
        return new InternalTarget(target.WriteUpId);
    }
}
