using System.Text;
using System.Text.Json;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>The structure tree read back with qpdf: kinds, order, alt text, language, link objects.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class StructureTreeTests
{
    [Fact]
    public void Tree_keeps_the_elements_in_reading_order_with_alt_text()
    {
        using var folder = new TempFolder();
        var json = QpdfJson.Read(SampleDocument.Create().WriteTo(folder));
        var catalog = json.Catalog;
        var root = json.Resolve(catalog.GetProperty("/StructTreeRoot"));

        var dump = new StringBuilder();
        Dump(json, json.Resolve(root.GetProperty("/K")), 0, dump);

        Assert.Equal(
            """
            Document
              Sect
                H1 mcid
                P mcid
                P mcid
                  Link mcid annotation
                  mcid
                  Link mcid annotation
                  mcid
                Figure "A blue square" mcid
              Sect
                H2 mcid
                P mcid
                Figure "A red strip" mcid

            """.ReplaceLineEndings("\n"),
            dump.ToString());
        Assert.Equal("u:en-US", catalog.GetProperty("/Lang").GetString());
        Assert.True(catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean());
    }

    [Fact]
    public void Parent_tree_maps_every_mcid_and_link_back_to_its_element()
    {
        using var folder = new TempFolder();
        var json = QpdfJson.Read(SampleDocument.Create().WriteTo(folder));
        var root = json.Resolve(json.Catalog.GetProperty("/StructTreeRoot"));
        var nums = json.Resolve(root.GetProperty("/ParentTree")).GetProperty("/Nums").EnumerateArray().ToList();

        // Page 0: H1, P, P, Link, P, Link, P, Figure; page 1: H2, P, Figure; then the two link annotations.
        var kinds = new List<string>();
        for (var i = 0; i < nums.Count; i += 2)
        {
            var value = nums[i + 1];
            var refs = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            kinds.Add(string.Join(",", refs.Select(r => QpdfJson.Name(json.Resolve(r), "/S"))));
        }

        Assert.Equal(["/H1,/P,/P,/Link,/P,/Link,/P,/Figure", "/H2,/P,/Figure", "/Link", "/Link"], kinds);
        Assert.Equal(4, root.GetProperty("/ParentTreeNextKey").GetInt32());
    }

    private static void Dump(QpdfJson json, JsonElement element, int depth, StringBuilder dump)
    {
        dump.Append(' ', depth * 2).Append(QpdfJson.Name(element, "/S")![1..]);
        if (QpdfJson.Text(element, "/Alt") is { } alt)
        {
            dump.Append(" \"").Append(alt).Append('"');
        }

        var kids = element.GetProperty("/K").EnumerateArray().ToList();
        var inline = new List<string>();
        var nested = new List<JsonElement>();
        foreach (var kid in kids)
        {
            if (kid.ValueKind == JsonValueKind.String)
            {
                nested.Add(kid);
            }
            else if (nested.Count == 0)
            {
                inline.Add(QpdfJson.Name(kid, "/Type") == "/OBJR" ? "annotation" : "mcid");
            }
            else
            {
                nested.Add(kid);
            }
        }

        foreach (var word in inline)
        {
            dump.Append(' ').Append(word);
        }

        dump.Append('\n');
        foreach (var kid in nested)
        {
            if (kid.ValueKind == JsonValueKind.String)
            {
                Dump(json, json.Resolve(kid), depth + 1, dump);
            }
            else
            {
                dump.Append(' ', (depth + 1) * 2).Append(QpdfJson.Name(kid, "/Type") == "/OBJR" ? "annotation" : "mcid").Append('\n');
            }
        }
    }
}
