using System.Globalization;
using System.Text;

namespace Recap.Benchmarks;

/// <summary>
/// Writes a content folder of N generated talks (about 1,500 words each) in the content format,
/// with every block kind a recap uses, so benchmarks measure realistic work. Deterministic: the
/// same N gives the same files.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Words =
    [
        "gopher", "latency", "interface", "goroutine", "channel", "production", "snappy", "database",
        "refactoring", "experiment", "abstraction", "deployment", "reproducibility", "introspection",
        "the", "and", "of", "a", "to", "in", "is", "that", "we", "it", "for", "with", "on", "this",
        "performance", "concurrency", "compiler", "benchmark", "allocation", "scheduler", "network",
        "library", "registry", "container", "schema", "triple", "graph", "query", "backend", "service",
        "boilerplate", "standard", "package", "testing", "coverage", "profiling", "tracing", "metrics",
        "simplicity", "readability", "maintenance", "configuration", "distributed", "architecture",
    ];

    public static void Write(string folder, int talks, int wordsPerTalk = 1500)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "book.yml"), $"""
            title: Generated Recap {talks}
            language: en
            event:
              name: Benchmark Conf
              city: Nowhere
            editors: [Bench Mark]
            description: A generated corpus of {talks} talks for benchmarks.
            """ + "\n");
        for (var i = 0; i < talks; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{i + 1:000}-talk.md");
            File.WriteAllText(Path.Combine(folder, name), Talk(i, wordsPerTalk));
        }
    }

    private static string Talk(int index, int wordsPerTalk)
    {
        var random = new Random(index);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            title: Talk {index + 1} on {Capitalised(Word(random))} and {Capitalised(Word(random))}
            speakers:
              - name: Speaker {index + 1}
                handle: "@speaker{index + 1}"
                affiliation: Company {index % 17}
            summary: A generated talk about {Word(random)} and {Word(random)}.
            ---

            """);
        var words = 0;
        var section = 0;
        while (words < wordsPerTalk)
        {
            if (words % 400 < 80)
            {
                section++;
                text.Append(CultureInfo.InvariantCulture, $"## Section {section}: {Capitalised(Word(random))}\n\n");
            }

            words += Paragraph(text, random, 60 + random.Next(60));
            switch (random.Next(12))
            {
                case 0:
                    text.Append("Q: Does it scale to \"production\" -- really?\n\nA: ");
                    words += Paragraph(text, random, 30) + 8;
                    break;
                case 1:
                    text.Append("```go\nfunc main() {\n\tfmt.Println(\"hello, gophers\")\n}\n```\n\n");
                    words += 4;
                    break;
                case 2:
                    text.Append("- first point about goroutines\n- second point about channels\n- third point\n\n");
                    words += 14;
                    break;
                case 3:
                    text.Append("| Metric | Before | After |\n| --- | ---: | ---: |\n| p99 latency | 400 ms | 40 ms |\n| errors | 12 | 1 |\n\n");
                    words += 12;
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    private static int Paragraph(StringBuilder text, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var word = Word(random);
            text.Append(i == 0 ? Capitalised(word) : word);
            text.Append(i == count - 1 ? ".\n\n" : random.Next(14) == 0 ? ", " : " ");
        }

        return count;
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
