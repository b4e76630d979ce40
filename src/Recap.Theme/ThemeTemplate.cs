using System.Text.RegularExpressions;

namespace Recap.Theming;

/// <summary>
/// Fills a theme template (the ebook's <c>epub.css</c>): each <c>{{key.path}}</c> becomes the theme's value
/// at that <c>theme.yml</c> path, so a colour or a face is written once, in the theme, for every output.
/// </summary>
public static partial class ThemeTemplate
{
    /// <param name="source">The template's file, for messages.</param>
    /// <exception cref="ThemeException">The template names a value the theme does not have.</exception>
    public static string Fill(string template, ThemeSettings theme, string source) =>
        Placeholder().Replace(template, match =>
        {
            var key = match.Groups["key"].Value;
            if (theme.Placeholders.TryGetValue(key, out var value))
            {
                return value;
            }

            var line = 1 + template.AsSpan(0, match.Index).Count('\n');
            var lineStart = match.Index == 0 ? -1 : template.LastIndexOf('\n', match.Index - 1);
            var column = match.Index - lineStart;
            throw new ThemeException(
                $"{source}:{line}:{column}: error: {{{{{key}}}}} is not a theme value: use one of {string.Join(", ", theme.Placeholders.Keys)}");
        });

    [GeneratedRegex(@"\{\{\s*(?<key>[a-z0-9.-]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
