namespace Recap.Epub;

/// <summary>The fixed files of <c>META-INF/</c>: where the package document is, and Apple Books' font switch.</summary>
internal static class ContainerDocument
{
    public const string ContainerPath = "META-INF/container.xml";
    public const string DisplayOptionsPath = "META-INF/com.apple.ibooks.display-options.xml";

    public static string Container => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="{BookPlan.PackagePath}" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """;

    // Apple Books ignores embedded fonts unless told the book specifies its own.
    public const string DisplayOptions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <display_options>
          <platform name="*">
            <option name="specified-fonts">true</option>
          </platform>
        </display_options>

        """;
}
