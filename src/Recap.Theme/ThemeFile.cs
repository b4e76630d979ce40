using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Recap.Theming;

/// <summary>The shape of <c>theme.yml</c> as written: lengths still as text, before paper scaling.</summary>
public sealed class ThemeFile
{
    public string Paper { get; set; } = "a5";

    public MarginsSection Margins { get; set; } = new();

    public BodySection Body { get; set; } = new();

    public HeadingsSection Headings { get; set; } = new();

    public TypeSection Code { get; set; } = new() { Size = "8.6pt", Leading = "11.5pt" };

    public TypeSection Footnote { get; set; } = new() { Size = "8pt", Leading = "10.5pt" };

    public Dictionary<string, string> Colors { get; set; } = [];

    public FontsSection Fonts { get; set; } = new();

    public string TalkStart { get; set; } = "page";

    public string Hyphenation { get; set; } = "hyphenation";

    public BookletSection Booklet { get; set; } = new();

    public MicrotypeSection Microtype { get; set; } = new();

    public static ThemeFile Read(string path)
    {
        var deserializer = new StaticDeserializerBuilder(new ThemeYamlContext())
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .Build();
        return deserializer.Deserialize<ThemeFile>(File.ReadAllText(path)) ?? new ThemeFile();
    }

    public sealed class MarginsSection
    {
        public string Inner { get; set; } = "15mm";

        public string Outer { get; set; } = "20mm";

        public string Top { get; set; } = "16mm";

        public string Bottom { get; set; } = "22mm";
    }

    public class TypeSection
    {
        public string Size { get; set; } = "10pt";

        public string Leading { get; set; } = "14pt";
    }

    public sealed class BodySection : TypeSection
    {
        public bool Justify { get; set; } = true;

        public bool Hyphenate { get; set; } = true;

        public string Indent { get; set; } = "1.2em";
    }

    public sealed class HeadingsSection
    {
        public string Title { get; set; } = "20pt";

        public string H2 { get; set; } = "12.5pt";

        public string H3 { get; set; } = "11pt";

        public string H4 { get; set; } = "10pt";
    }

    /// <summary>The booklet's own pages: cover, colophon, notes.</summary>
    public sealed class BookletSection
    {
        public string CoverTitle { get; set; } = "30pt";

        public string CoverSubtitle { get; set; } = "13pt";

        /// <summary>Distance between the rules of a notes page (a line of handwriting).</summary>
        public string NotesRules { get; set; } = "7mm";

        /// <summary>The colophon's line on the faces, e.g. who designed them; empty for none.</summary>
        public string FontCredit { get; set; } = "";

        /// <summary>Whether a talk's opener shows its speakers' photos (the speakers section always does).</summary>
        public bool OpenerPhotos { get; set; } = true;
    }

    public sealed class FontsSection
    {
        public string Regular { get; set; } = "fonts/Go-Regular.ttf";

        public string Italic { get; set; } = "fonts/Go-Italic.ttf";

        public string Bold { get; set; } = "fonts/Go-Bold.ttf";

        public string BoldItalic { get; set; } = "fonts/Go-Bold-Italic.ttf";

        public string Medium { get; set; } = "fonts/Go-Medium.ttf";

        public string Mono { get; set; } = "fonts/Go-Mono.ttf";

        public string MonoBold { get; set; } = "fonts/Go-Mono-Bold.ttf";

        public string MonoItalic { get; set; } = "fonts/Go-Mono-Italic.ttf";

        public List<string> Fallback { get; set; } = [];

        public bool SystemFonts { get; set; } = true;
    }
}
