using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Recap.Markdown.Yaml;

/// <summary>
/// The parser's events on their way to YamlStream, which builds its nodes recursively: a list or map
/// that opens past <see cref="MaxNesting"/> levels stops the load (<see cref="TooDeepException"/>)
/// before the builder goes deeper. Measured as the events pass, so the YAML is parsed once.
/// </summary>
internal sealed class NestingLimit(IParser parser) : IParser
{
    /// <summary>Far deeper than any front matter or book.yml needs, far shallower than the stack allows.</summary>
    public const int MaxNesting = 64;

    private int _depth;

    /// <summary>The parser itself failed (as opposed to what the events were built into).</summary>
    public bool ParserFailed { get; private set; }

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = parser.MoveNext();
        }
        catch
        {
            ParserFailed = true;
            throw;
        }

        switch (parser.Current)
        {
            case SequenceStart or MappingStart when moved && ++_depth > MaxNesting:
                throw new TooDeepException(parser.Current.Start);
            case SequenceEnd or MappingEnd when moved:
                _depth--;
                break;
        }

        return moved;
    }

    /// <summary>Reads the events left, for the parser's verdict on the rest of the text.</summary>
    public void Drain()
    {
        while (MoveNext())
        {
        }
    }

    /// <summary>A list or map opening past the limit, at <paramref name="start"/>.</summary>
    public sealed class TooDeepException(Mark start) : Exception("the YAML nests too deep")
    {
        public Mark Start { get; } = start;
    }
}
