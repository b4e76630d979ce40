using System.IO.Compression;
using System.Xml.Linq;
using Recap.Fonts;
using Recap.Model;
using Recap.Testing;
using Recap.Theming;

namespace Recap.Epub.Tests;

/// <summary>A written EPUB read back: its bytes, its entries, and its XML documents parsed.</summary>
internal sealed class EpubBook
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    public static readonly DateTimeOffset Modified = new(2016, 6, 3, 9, 30, 15, TimeSpan.Zero);

    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public EpubBook(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            _entries.Add(entry.FullName, copy.ToArray());
            EntryNames.Add(entry.FullName);
            EntryTimes.Add(entry.LastWriteTime);
        }

        Package = Xml("EPUB/content.opf");
    }

    public byte[] Bytes { get; }

    public List<string> EntryNames { get; } = [];

    public List<DateTimeOffset> EntryTimes { get; } = [];

    public XDocument Package { get; }

    public static string ThemeFolder => RepoPaths.DefaultTheme;

    public static ThemeSettings Theme { get; } = ThemeSettings.Load(ThemeFolder);

    /// <summary>The cover picture the tests hand the writer, as the build hands it the booklet's cover drawn.</summary>
    public static byte[] CoverPicture { get; } = TestImages.PngBytes(160, 240);

    public static byte[] WriteBytes(Publication publication, DateTimeOffset? modified = null, PrintPagination? print = null, SystemFonts? systemFonts = null)
    {
        using var output = new MemoryStream();
        EpubWriter.Write(publication, new EpubOptions(Theme, modified ?? Modified, print, Task.FromResult(CoverPicture), systemFonts), output);
        return output.ToArray();
    }

    public static EpubBook Write(Publication publication) => new(WriteBytes(publication));

    public bool Has(string path) => _entries.ContainsKey(path);

    public byte[] Entry(string path) => _entries[path];

    // Whitespace-only text between elements is real text in XHTML ("Example Inc.</span> <a>"): keep it.
    public XDocument Xml(string path) => XDocument.Load(new MemoryStream(_entries[path]), LoadOptions.PreserveWhitespace);

    /// <summary>The manifest item with that id, as a path inside the zip.</summary>
    public string PathOf(string manifestId) =>
        "EPUB/" + Package.Descendants(Opf + "item").Single(i => (string?)i.Attribute("id") == manifestId).Attribute("href")!.Value;

    public IEnumerable<string> SpineIds =>
        Package.Descendants(Opf + "itemref").Select(i => i.Attribute("idref")!.Value);

    public IEnumerable<string> ContentDocuments =>
        EntryNames.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal));

    public IEnumerable<string> MetaValues(string property) =>
        Package.Descendants(Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value);

    public IEnumerable<string> Dcs(string name) => Package.Descendants(Dc + name).Select(e => e.Value);

    /// <summary>Resolves an href written in <paramref name="fromPath"/> to a zip path and fragment.</summary>
    public static (string Path, string? Fragment) Resolve(string fromPath, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : href[(hash + 1)..];
        var folder = fromPath.Contains('/', StringComparison.Ordinal) ? fromPath[..(fromPath.LastIndexOf('/') + 1)] : "";
        var path = file.Length == 0 ? fromPath : Path.GetRelativePath("/", Path.GetFullPath("/" + folder + Uri.UnescapeDataString(file))).Replace('\\', '/');
        return (path, fragment);
    }

    public bool HasId(string path, string id) =>
        Has(path) && Xml(path).Descendants().Any(e => (string?)e.Attribute("id") == id);
}
