using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Recap.Testing;

/// <summary>
/// The document model as indented text, like pandoc's native format: every record with its
/// positional values in declaration order, lists item by item, strings quoted. Written by
/// reflection, so a new node kind or field shows up in the snapshots without touching this file.
/// </summary>
public sealed class ModelDump
{
    private readonly StringBuilder _text = new();
    private readonly IReadOnlyList<(string Path, string Name)> _roots;
    private readonly IReadOnlySet<string> _skipped;

    /// <param name="roots">Absolute folders written as a name instead (<c>&lt;content&gt;</c>), so a dump reads the same on every machine.</param>
    /// <param name="skipped">Properties left out: values of the machine rather than of the content (a file time).</param>
    private ModelDump(IReadOnlyList<(string Path, string Name)> roots, IReadOnlySet<string> skipped)
    {
        _roots = roots;
        _skipped = skipped;
    }

    public static string Of(object? value, IReadOnlyList<(string Path, string Name)>? roots = null, IReadOnlySet<string>? skipped = null)
    {
        var dump = new ModelDump(roots ?? [], skipped ?? new HashSet<string>());
        dump.Write(value, 0);
        return dump._text.ToString();
    }

    private void Write(object? value, int depth)
    {
        if (Scalar(value) is { } scalar)
        {
            _text.Append(scalar).Append('\n');
            return;
        }

        if (value is IEnumerable items)
        {
            var list = items.Cast<object?>().ToList();
            if (list.Count == 0)
            {
                _text.Append("[]\n");
                return;
            }

            // "Name:" ends its line when a list follows it, with no space left over.
            if (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }

            _text.Append('\n');
            foreach (var item in list)
            {
                Indent(depth + 1).Append("- ");
                Write(item, depth + 1);
            }

            return;
        }

        var type = value!.GetType();
        _text.Append(type.Name).Append('\n');
        foreach (var property in Properties(type))
        {
            Indent(depth + 1).Append(property.Name).Append(": ");
            Write(property.GetValue(value), depth + 1);
        }
    }

    /// <returns>The one-line form of a value that has no parts worth a line each, else null.</returns>
    private string? Scalar(object? value) => value switch
    {
        null => "null",
        string text => Quote(Rooted(text)),
        bool flag => flag ? "true" : "false",
        Enum kind => kind.ToString(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable number when value.GetType().IsPrimitive || value is decimal => number.ToString(null, CultureInfo.InvariantCulture),
        // A picture's checked bytes: their count says enough, the bytes themselves are the file's.
        ReadOnlyMemory<byte> bytes => string.Create(CultureInfo.InvariantCulture, $"{bytes.Length} bytes"),
        // A record that says how it reads on one line (a source span: file:line:column).
        _ when value is not IEnumerable && OwnToString(value.GetType()) => Rooted(value.ToString()!),
        _ => null,
    };

    /// <summary>Whether the type writes its own ToString (a record's generated one lists every member).</summary>
    private static bool OwnToString(Type type) =>
        type.GetMethod("ToString", Type.EmptyTypes) is { } method && method.DeclaringType == type && !method.IsDefined(typeof(CompilerGeneratedAttribute));

    /// <summary>The positional values of a record, in its constructor's order; then any other settable ones.</summary>
    private IEnumerable<PropertyInfo> Properties(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is not null && !_skipped.Contains(p.Name))
            .ToList();
        var order = type.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters().Select(p => p.Name).ToList() ?? [];
        return properties.OrderBy(p => order.IndexOf(p.Name) is var i and >= 0 ? i : int.MaxValue);
    }

    private string Rooted(string text)
    {
        foreach (var (path, name) in _roots)
        {
            text = text.Replace(path, name, StringComparison.Ordinal);
        }

        return text;
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private StringBuilder Indent(int depth) => _text.Append(' ', 2 * depth);
}
