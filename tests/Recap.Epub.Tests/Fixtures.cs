using Recap.Model;
using Recap.Testing;
using static Recap.Epub.Tests.ModelBuilder;

namespace Recap.Epub.Tests;

/// <summary>The publications the tests write: every node kind, a GopherFest-like recap, a given cover, the bare minimum, none at all.</summary>
internal static class Fixtures
{
    public const string Script = "<script>alert(1)</script>";

    public static readonly string[] Names = ["every-kind", "gopherfest", "given-cover", "minimal", "no-write-ups", "reflow"];

    public static Publication ByName(string name, TempFolder folder) => name switch
    {
        "every-kind" => EveryKind(folder),
        "gopherfest" => GopherFest(),
        "given-cover" => GivenCover(folder),
        "minimal" => Minimal(),
        "no-write-ups" => new PublicationBuilder("Nothing Yet").Build(),
        "reflow" => Reflow(folder),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Every block and inline kind, with hostile text and links, two figures sharing one picture.</summary>
    public static Publication EveryKind(TempFolder folder)
    {
        var gopher = TestImages.Png(folder, "images/gopher.png");
        var photo = TestImages.Jpeg(folder, "images/stage photo.jpg");
        var book = new PublicationBuilder("Every Kind of Block")
        {
            Subtitle = "A test of all the nodes",
            Date = new DateOnly(2016, 6, 2),
            Event = new EventInfo("TestFest", "A Hall", "Springfield", "https://example.org/fest"),
            Publisher = "Recap Tests",
            Description = "A book with one of everything.",
            Rights = "CC BY 4.0",
        };
        book.Editors.AddRange(["Ada Editor", "Bo Editor"]);
        book.Keywords.AddRange(["testing", "epub"]);

        var foreword = book.WriteUp("Before We Begin", WriteUpKind.Foreword);
        foreword.Add(foreword.P(T("Read "), To("the-talk", T("the talk")), T(" or jump to "), To("the-talk-tables-and-figures", T("its tables")), T(".")));

        var talk = book.WriteUp("The Talk");
        talk.Speakers.Add(Speaker("Grace Speaker", "@grace", "Example Inc.", "https://example.org/grace"));
        talk.Speakers.Add(Speaker("Linus Second"));
        talk.Summary = "Everything, once.";
        var note = talk.Note("1", talk.P(T("A note with "), Em(T("emphasis")), T(".")));
        var blockNote = talk.Note("code", talk.Code("go", "fmt.Println(\"note\")"), talk.P(T("Second paragraph of the note.")));
        var firstParagraph = talk.P(
            T("Plain, "), Em(T("emphasised")), T(", "), Bold(T("strong "), Em(T("nested"))), T(", "), Code("inline < code & more"),
            T(", a "), Url("https://golang.org", T("link")), T(", a handle "), At("@bmizerany"), T(", a note"), WriteUpBuilder.Ref(note),
            T(" and a line"), Br(), T("break. Hostile text: " + Script + " & \"quotes\"."), WriteUpBuilder.Ref(note), WriteUpBuilder.Ref(blockNote));
        talk.Add(
            firstParagraph,
            talk.P(Url("javascript:alert(2)", T("a script link")), T(" and "), Url("https://example.org/", T("a link around "), At("@inner"))),
            talk.H(2, "Lists and quotes"),
            talk.Bullets(
                tight: true,
                talk.Item(talk.P(T("first bullet"))),
                talk.Item(talk.P(T("second bullet")), talk.Numbered(1, true, talk.Item(talk.P(T("nested number")))))),
            talk.Numbered(3, false, talk.Item(talk.P(T("third item"))), talk.Item(talk.P(T("fourth item")), talk.P(T("loose paragraph")))),
            talk.Quote(talk.P(T("A quoted thought.")), talk.Bullets(true, talk.Item(talk.P(T("quoted bullet"))))),
            talk.H(3, "Deeper"),
            talk.H(4, "Deepest"),
            talk.Code("go", "func main() {\n\tfmt.Println(\"<hello> & goodbye\")\n}"),
            talk.Code(null, "plain code without a language"),
            talk.Qa("Why so many kinds?", "Because the writer must handle them all."),
            talk.H(2, "Tables and figures"),
            talk.Table(
                [ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right, ColumnAlignment.Default],
                ["Name", "Kind", "Count", "Note"],
                ["alpha", "first", "1", "plain"],
                ["beta", "second", "22", "cell"]),
            talk.Figure(gopher, "A blue gopher-coloured rectangle", T("The "), Em(T("gopher")), T(" figure.")),
            talk.Figure(photo, "An orange stage photo"),
            talk.Figure(gopher, "The same picture again"),
            talk.Rule(),
            talk.P(T("Back to "), To(firstParagraph.Id, T("the first paragraph")), T(" and "), To("the-talk-fn-1", T("the note")), T(" and "), To("nowhere", T("a missing target")), T(".")));

        var afterword = book.WriteUp("Afterword", WriteUpKind.Afterword);
        afterword.Add(afterword.P(T("Thanks for reading "), To("before-we-begin", T("from the start")), T(".")));
        return book.Build();
    }

    /// <summary>Mirrors the GopherFest recap: a foreword, talks with speakers and handles, a Q&amp;A.</summary>
    public static Publication GopherFest()
    {
        var book = new PublicationBuilder("GopherFest Summer 2016 Recap")
        {
            Event = new EventInfo("GopherFest", "Bently Reserve", "San Francisco", null),
            Description = "Hundreds of Go enthusiasts gathered at the prestigious Bently Reserve in downtown San Francisco.",
        };
        book.Keywords.AddRange(["Go", "data science", "scaling", "testing"]);

        var intro = book.WriteUp("Introduction", WriteUpKind.Foreword);
        intro.Add(intro.P(T("Hundreds of Go enthusiasts gathered at the prestigious Bently Reserve in downtown San Francisco for a day full of talks.")));

        var snappy = book.WriteUp("Built for Snappiness");
        snappy.Speakers.Add(Speaker("Blake Mizerany", "@bmizerany", "backplane.io"));
        snappy.Summary = "Slowness is inexcusable.";
        snappy.Add(
            snappy.P(T("When I was in the Ruby community, I built Sinatra. I\u2019ve been using Go since 2009.")),
            snappy.H(2, "Snappy == happy users"),
            snappy.P(T("About 400ms is slow. We can\u2019t use a CDN, because by the time the page is served, the data is stale.")),
            snappy.Qa("Have you had a problem by missing a broadcast?", "This is a problem that is bound to happen eventually."));

        var interfaces = book.WriteUp("Cleaning Up Your Go Code with Interfaces");
        interfaces.Speakers.Add(Speaker("Sam Gopher", "@samgo", "Example Co"));
        interfaces.Add(
            interfaces.P(T("Interfaces let "), At("@bmizerany"), T(" and everyone else write smaller code.")),
            interfaces.H(2, "Small interfaces"),
            interfaces.Code("go", "type Reader interface {\n\tRead(p []byte) (n int, err error)\n}"),
            interfaces.H(2, "Testing with fakes"),
            interfaces.P(T("Fakes replace the network in tests.")));

        var data = book.WriteUp("A Gopher\u2019s Guide to Data");
        data.Speakers.Add(Speaker("Dana Data", "@dana"));
        data.Speakers.Add(Speaker("Blake Mizerany", "@bmizerany", "backplane.io"));
        data.Add(data.P(T("Data science in Go is practical.")), data.Qa("Is Go fast enough?", "Yes, for most pipelines."));
        return book.Build();
    }

    /// <summary>
    /// Every block kind with what breaks reading systems: identifiers, URLs and mail links longer than a
    /// phone's line, a five-column table of long words, code lines far wider than the column, a picture
    /// taller than any page and one wider than any column. No editors, no publisher: the event is the creator.
    /// </summary>
    public static Publication Reflow(TempFolder folder)
    {
        const string Identifier = "internal/protocol/v2.NewRequestDispatcherWithRetryBudgetAndCircuitBreakerForUpstreamClusters";
        const string Snake = "max_concurrent_streams_per_connection_before_backpressure_applies";
        const string LongUrl = "https://example.org/golang/proposal/blob/master/design/12345-generic-type-parameters-and-contracts-for-go2.md?utm_source=recap&utm_medium=ebook#heading-with-a-long-anchor";
        var tall = TestImages.Png(folder, "images/tall.png", 200, 1400, SkiaSharp.SKColors.SeaGreen);
        var wide = TestImages.Png(folder, "images/wide.png", 2400, 300, SkiaSharp.SKColors.SlateBlue);
        var book = new PublicationBuilder("Reflow Under Pressure")
        {
            Subtitle = "Long words in narrow columns",
            Event = new EventInfo("Reflow Conf", null, null, null),
        };
        var talk = book.WriteUp("Identifiers_that_never_end_and_SuperLongCamelCaseHeadingsWithoutSpaces");
        talk.Speakers.Add(Speaker("Wendy Widecolumn", "@an_extremely_long_handle_for_a_speaker", "Organisation Internationale de Normalisation des Identificateurs"));
        talk.Summary = "Calling " + Identifier + " from everywhere.";
        talk.Add(
            talk.P(T("The dispatcher is "), Code(Identifier), T(", configured by "), Code(Snake), T(" and "), Code("pkg::module::submodule::function_name_that_goes_on"), T(".")),
            talk.P(T("Read it at "), Url(LongUrl, T(LongUrl)), T(" or write to "), Url("mailto:someone.with.a.very.long.name@subdomain.example-organisation.org", T("someone.with.a.very.long.name@subdomain.example-organisation.org")), T(".")),
            talk.P(T("Pneumonoultramicroscopicsilicovolcanoconiosis is the longest word, and "), Bold(T("Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft")), T(" is longer.")),
            talk.H(2, "A table wider than a phone"),
            talk.Table(
                [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Default, ColumnAlignment.Center],
                ["Input", "What we stored", "Bytes", "Configuration key", "Notes"],
                ["request", "the serialised protobuf envelope", "1048576", Snake, "rarely changed in production"],
                ["response", "compressed payload", "65536", "internal.dispatcher.retryBudgetPerUpstreamCluster", LongUrl]),
            talk.Code("go", "func (d *Dispatcher) " + Identifier.Split('.')[1] + "(ctx context.Context, req *Request, opts ...Option) (*Response, error) {\n\treturn d.next.RoundTrip(ctx, req.WithHeader(\"X-Request-Id\", uuid.NewString()).WithTimeout(30 * time.Second))\n\n\t// " + LongUrl + "\n}"),
            talk.Code(null, "$ go test -run TestDispatcherRetriesWithBackoffAndJitterUnderSustainedUpstreamFailure -count=1 -race -v ./internal/protocol/v2/..."),
            talk.Quote(talk.P(T("Quoted: "), Code(Identifier))),
            talk.Bullets(true, talk.Item(talk.P(Code(Snake))), talk.Item(talk.P(Url(LongUrl, T(LongUrl))))),
            talk.Qa("Why is " + Snake + " so long?", "Because " + Identifier + " needed it."),
            talk.Figure(tall, "A very tall green bar", T("A picture taller than any page.")),
            talk.Figure(wide, "A very wide blue band", T("A picture wider than any column.")));
        return book.Build();
    }

    public static Publication GivenCover(TempFolder folder)
    {
        var book = new PublicationBuilder("A Book With Its Own Cover")
        {
            Cover = TestImages.Png(folder, "art/cover.png", 600, 900, SkiaSharp.SKColors.Crimson),
        };
        var only = book.WriteUp("Only Chapter");
        only.Add(only.P(T("The cover came with the content.")));
        return book.Build();
    }

    public static Publication Minimal()
    {
        var book = new PublicationBuilder("Minimal");
        var only = book.WriteUp("Only Words", WriteUpKind.Foreword);
        only.Add(only.P(T("Nothing else.")));
        return book.Build();
    }
}
