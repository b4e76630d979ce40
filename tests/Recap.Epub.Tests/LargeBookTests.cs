using Recap.Model;
using Recap.Testing;
using static Recap.Epub.Tests.ModelBuilder;

namespace Recap.Epub.Tests;

/// <summary>
/// A book of 200 talks of about 1,500 words holds together: every talk in the spine and the text.
/// Its speed is measured in tests/Recap.Benchmarks, never here.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class LargeBookTests
{
    private static readonly string[] Vocabulary =
        "gopher channel goroutine interface latency tracing snappy deploy service request handler buffer profile benchmark cache query graph index refactor test"
            .Split(' ');

    [Fact]
    public void Two_hundred_talks_of_fifteen_hundred_words()
    {
        var book = new EpubBook(EpubBook.WriteBytes(Generate(talks: 200, paragraphsPerTalk: 15, wordsPerParagraph: 100)));

        // Four front pages, the talks, and the speakers section after them.
        Assert.Equal(205, book.SpineIds.Count());
        Assert.Equal(201, book.ContentDocuments.Count(p => p.StartsWith("EPUB/text/", StringComparison.Ordinal)));
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
