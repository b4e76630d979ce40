using Recap.Markdown.Files;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.Yaml;

/// <summary>
/// How large a YAML document is once its aliases are expanded, as everything that reads it will see
/// it: a 100 KB string named 2,000 times is 200 MB of keywords. Each node is sized once (a table
/// keyed by node), so nested aliases (the "billion laughs") cost no more to measure than to parse.
/// </summary>
internal static class YamlBudget
{
    /// <returns>Null when within <see cref="ContentLimits.YamlNodes"/> and <see cref="ContentLimits.YamlChars"/>, else the problem.</returns>
    public static string? Check(YamlNode root)
    {
        var sizes = new Dictionary<YamlNode, (long Nodes, long Chars)>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(YamlNode Node, bool ChildrenDone)>();
        pending.Push((root, false));
        while (pending.TryPop(out var item))
        {
            var (node, childrenDone) = item;
            if (sizes.ContainsKey(node))
            {
                continue;
            }

            var children = Children(node);
            if (!childrenDone)
            {
                pending.Push((node, true));
                foreach (var child in children.Where(child => !sizes.ContainsKey(child)))
                {
                    pending.Push((child, false));
                }

                continue;
            }

            var (nodes, chars) = (1L, (long)(node is YamlScalarNode scalar ? scalar.Value?.Length ?? 0 : 0));
            foreach (var child in children)
            {
                // A node that refers back to itself has no size yet: counting it once is enough to stop.
                var size = sizes.GetValueOrDefault(child, (1, 0));
                nodes = Math.Min(nodes + size.Nodes, long.MaxValue / 2);
                chars = Math.Min(chars + size.Chars, long.MaxValue / 2);
            }

            sizes[node] = (nodes, chars);
        }

        var (totalNodes, totalChars) = sizes[root];
        return totalNodes > ContentLimits.YamlNodes
            ? $"the YAML expands to {totalNodes:N0} values once its aliases are repeated, over the limit of {ContentLimits.YamlNodes:N0}"
            : totalChars > ContentLimits.YamlChars
                ? $"the YAML expands to {totalChars:N0} characters of text once its aliases are repeated, over the limit of {ContentLimits.YamlChars:N0}"
                : null;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children,
        YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
        _ => [],
    };
}
