using System.Diagnostics;
using Recap.Model;
using Xunit.Abstractions;
using static Recap.Epub.Tests.ModelBuilder;

namespace Recap.Epub.Tests;

/// <summary>
/// Times a large book (200 talks of about 1,500 words) and prints the figure; it asserts the book, not the time.
/// Run: dotnet test tests/Recap.Epub.Tests --filter SpeedReport --logger "console;verbosity=detailed".
/// </summary>
public sealed class SpeedReport(ITestOutputHelper output)
{
    private static readonly string[] Vocabulary =
        "gopher channel goroutine interface latency tracing snappy deploy service request handler buffer profile benchmark cache query graph index refactor test"
            .Split(' ');

    [Fact]
    public void Two_hundred_talks_of_fifteen_hundred_words()
    {
        var publication = Generate(talks: 200, paragraphsPerTalk: 15, wordsPerParagraph: 100);
        EpubBook.WriteBytes(Fixtures.Minimal()); // warm up: JIT, Skia, zlib

        // Wall time suffers when other processes share the cores; processor time much less so.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var bytes = EpubBook.WriteBytes(publication);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var smallCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var small = Stopwatch.StartNew();
        EpubBook.WriteBytes(Fixtures.Minimal());
        smallCpu = Process.GetCurrentProcess().TotalProcessorTime - smallCpu;
        output.WriteLine($"EPUB of one short write-up: {small.ElapsedMilliseconds} ms wall, {smallCpu.TotalMilliseconds:F0} ms processor");
        output.WriteLine($"EPUB of 200 talks x 1,500 words: {clock.ElapsedMilliseconds} ms wall, {cpu.TotalMilliseconds:F0} ms processor, {bytes.Length / 1024} KiB");
        var book = new EpubBook(bytes);
        Assert.Equal(204, book.SpineIds.Count());
        Assert.Equal(200, book.ContentDocuments.Count(p => p.StartsWith("EPUB/text/", StringComparison.Ordinal)));
    }

    private static Publication Generate(int talks, int paragraphsPerTalk, int wordsPerParagraph)
    {
        var book = new PublicationBuilder("A Very Long Recap") { Event = new EventInfo("GopherFest", "Bently Reserve", "San Francisco", null) };
        var random = new Random(42);
        for (var t = 1; t <= talks; t++)
        {
            var talk = book.WriteUp($"Talk Number {t}");
            talk.Speakers.Add(Speaker($"Speaker {t}", $"@speaker{t}", "Example Co"));
            talk.Summary = "A generated talk.";
            for (var p = 0; p < paragraphsPerTalk; p++)
            {
                if (p % 5 == 0)
                {
                    talk.Add(talk.H(2, $"Section {p / 5 + 1}"));
                }

                var words = Enumerable.Range(0, wordsPerParagraph).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]);
                talk.Add(talk.P(T(string.Join(' ', words) + "."), T(" See "), At("@gopher"), T(".")));
            }

            talk.Add(talk.Code("go", "func main() {\n\tfmt.Println(\"hello\")\n}"), talk.Qa("Is it fast?", "Yes."));
        }

        return book.Build();
    }
}
