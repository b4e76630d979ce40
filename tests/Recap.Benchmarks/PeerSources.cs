using System.Text;

namespace Recap.Benchmarks;

/// <summary>
/// The same text for the peers recap is measured against (process.sh): one Markdown file for pandoc
/// (→ xelatex, → WeasyPrint) and one Typst file, each talk opening with its title and speakers as
/// recap sets them. The Typst conversion covers what <see cref="CorpusGenerator"/> writes (## headings,
/// paragraphs, Q/A, a bulleted list, a Go code block, a pipe table), not Markdown at large.
/// </summary>
public static class PeerSources
{
    /// <summary>Writes <c>peers.md</c> and <c>peers.typ</c> into <paramref name="output"/>.</summary>
    public static void Write(string content, string output)
    {
        Directory.CreateDirectory(output);
        var markdown = new StringBuilder();
        var typst = new StringBuilder("""
            #set page(paper: "a5", margin: (inside: 15mm, outside: 20mm, top: 16mm, bottom: 22mm))
            #set text(font: "Go", size: 10pt, lang: "en")
            #set par(justify: true)
            #show raw: set text(font: "Go Mono")

            """);
        foreach (var file in Directory.GetFiles(content, "*.md").Order(StringComparer.Ordinal))
        {
            var (title, speakers, body) = Split(File.ReadAllLines(file));
            markdown.Append("# ").Append(title).Append("\n\n*").Append(string.Join(", ", speakers)).Append("*\n\n");
            markdown.AppendJoin('\n', body).Append("\n\n");
            typst.Append("#pagebreak(weak: true)\n= ").Append(Escape(title)).Append("\n\n_").Append(Escape(string.Join(", ", speakers))).Append("_\n\n");
            Typst(body, typst);
        }

        File.WriteAllText(Path.Combine(output, "peers.md"), markdown.ToString());
        File.WriteAllText(Path.Combine(output, "peers.typ"), typst.ToString());
    }

    private static (string Title, List<string> Speakers, string[] Body) Split(string[] lines)
    {
        var end = Array.IndexOf(lines, "---", 1);
        var title = "";
        var speakers = new List<string>();
        foreach (var line in lines.AsSpan(1, end - 1))
        {
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                title = Unquote(line["title:".Length..]);
            }
            else if (line.TrimStart().StartsWith("- name:", StringComparison.Ordinal))
            {
                speakers.Add(Unquote(line.TrimStart()["- name:".Length..]));
            }
        }

        return (title, speakers, lines[(end + 1)..]);
    }

    private static string Unquote(string value) => value.Trim().Trim('"');

    private static void Typst(string[] body, StringBuilder typst)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var line = body[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                // A fenced block is Typst's raw block too, fences and all.
                typst.Append(line).Append('\n');
                for (i++; i < body.Length && body[i] != "```"; i++)
                {
                    typst.Append(body[i]).Append('\n');
                }

                typst.Append("```\n");
            }
            else if (line.StartsWith('|'))
            {
                var rows = new List<string[]>();
                for (; i < body.Length && body[i].StartsWith('|'); i++)
                {
                    if (!body[i].Contains("---", StringComparison.Ordinal))
                    {
                        rows.Add([.. body[i].Trim('|').Split('|').Select(c => Escape(c.Trim()))]);
                    }
                }

                typst.Append("#table(columns: ").Append(rows[0].Length).Append(", ")
                    .AppendJoin(", ", rows.SelectMany(r => r).Select(c => $"[{c}]")).Append(")\n");
                i--; // the line after the table is the loop's next
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                typst.Append("== ").Append(Escape(line[3..])).Append('\n');
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                typst.Append("- ").Append(Escape(line[2..])).Append('\n');
            }
            else
            {
                typst.Append(Escape(line)).Append('\n');
            }
        }
    }

    // Typst's markup characters, taken literally; quotes and -- become typographic as in pandoc.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '#' or '*' or '_' or '@' or '<' or '>' or '$' or '\\' or '`' or '[' or ']' or '=' or '~' or '/')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
