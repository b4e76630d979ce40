using System.Text;
using Recap.Testing;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// A content folder that holds every kind of block the engine sets: headings of each level, long
/// paragraphs, nested lists, a quote, Go code wider than the measure, Q&amp;A, a table longer than a
/// page, a figure, footnotes, a thematic break, links, handles, a long URL and an Arabic name.
/// </summary>
internal static class FixtureContent
{
    public const string ArabicName = "مريم حداد";

    public const string LongGoLine = "\tresult, err := client.FetchEverythingWithAVeryLongFunctionName(ctx, \"https://example.com/api/v1/items?limit=100&offset=200\", options)";

    public static void WriteTo(TempFolder folder)
    {
        folder.Write("book.yml", """
            title: Every Block Recap
            language: en
            editors: [Ada Tester]
            """);
        folder.Write("images/gradient.png", TinyPng.Gradient(96, 64));
        folder.Write("00-foreword.md", Foreword);
        folder.Write("01-everything.md", Everything());
    }

    private const string Prose =
        "Typesetting a booklet from plain Markdown asks the engine to make thousands of small decisions: where each line ends, " +
        "which words may be hyphenated, how much the spaces may stretch before a paragraph looks loose, and where every page " +
        "should be cut so that no paragraph leaves a lonely line behind. Knuth and Plass considered whole paragraphs at once, " +
        "weighing every feasible breakpoint against the others, and their demerits still decide the shape of most well-set " +
        "books; the incomprehensibility of a badly broken paragraph is obvious to anybody, the characteristics of a good one less so. ";

    private const string Foreword = """
        ---
        title: A Foreword Without Speakers
        ---
        This foreword has no speakers, so its opener carries only the title. It cites a note[^why] and then goes on for a while
        so that the first page holds more than a heading and a line.

        [^why]: Notes are set at the foot of the page that cites them, in a smaller size, under a short rule.
        """;

    private static string Everything()
    {
        var text = new StringBuilder();
        text.Append("""
            ---
            title: Everything a Recap Can Hold
            speakers:
              - name: Grace Example
                handle: "@gracex"
                affiliation: Example Systems
              - name: Linus Sample
            summary: A write-up that uses every block the content format allows, to check the pages end to end.
            ---
            Our speaker, @gracex, opened with a story told to her by مريم حداد at an earlier meetup, then showed `go test -run TestPages` in a terminal,
            with *emphasis*, **strong words** and a [link to the Go site](https://go.dev/doc/) along the way.[^first]

            ## Paragraphs That Run Long

            """);
        for (var i = 0; i < 4; i++)
        {
            text.Append(Prose).Append(Prose).Append("\n\n");
        }

        text.Append("""
            The full trace is at https://example.com/traces/2016/gopherfest/a-very-long-path-segment/that-keeps-going/and-going/until-it-cannot-fit/on-one-line.html for anyone who wants it.

            ### Lists Inside Lists

            - A first point that is long enough to wrap onto a second line in a narrow measure, which shows the hanging indent.
            - A second point with a nested list:
              - an inner point;
              - another inner point, also long enough to need a second line when the page is small.
            - A last point.

            5. Fifth, because the source starts counting at five.
            6. Sixth, with `inline code` inside.
            7. Seventh and last.

            #### A Small Heading

            > A block quote sets its text in from the left with a rule beside it, and may run to several lines when the
            > speaker said something worth quoting at length.[^second]

            ```go
            package main

            import "fmt"

            func main() {
            """);
        text.Append('\n').Append(LongGoLine).Append('\n');
        text.Append("""
            	for i := 0; i < 3; i++ {
            		fmt.Println("hello, gopher", i) // a comment
            	}
            }
            ```

            Q: Does the question stay with its answer when the page is nearly full?

            A: It does: a short exchange is kept whole, and the answer is set right under the question with the same hanging label.

            ## A Table Longer Than a Page

            | Package | Purpose | Lines |
            | :------ | :-----: | ----: |

            """);
        for (var i = 1; i <= 45; i++)
        {
            var purpose = i == 3
                ? "A purpose described at such length that the cell must wrap onto several lines inside its column"
                : $"purpose {i}";
            text.Append($"| pkg{i} | {purpose} | {i * 37} |\n");
        }

        text.Append("""

            ![A gradient from dark to light](images/gradient.png "A gradient, drawn by the test itself")

            ---

            A closing paragraph after the thematic break thanks everyone who came.[^third]

            [^first]: The first note, cited in the opening paragraph.
            [^second]: The second note, cited from inside the quote.
            [^third]: The third and last note.
            """);
        return text.ToString();
    }
}
