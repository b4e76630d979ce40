using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>
/// The command line as a .NET tool: packed from this repository, installed into a tool path, and
/// run from a folder outside the repository, where it must find its theme beside itself.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_packed_tool_carries_its_theme_installs_and_builds_the_content_from_anywhere()
    {
        var packages = Path.Combine(_folder.Path, "packages");
        // Packs the recap this test assembly was built against (--no-build): building it again in
        // Release took most of the whole test run, and the configuration changes nothing checked
        // here. Precompiling (ReadyToRun) would double the packing time for the same reason.
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Run(RepoPaths.Root, "dotnet", "pack", "src/Recap.Cli", "--no-build", "-c", configuration, "-o", packages, "-p:PublishReadyToRun=false");

        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.Matches(@"^Recap\.\d+\.\d+\.\d+\.nupkg$", Path.GetFileName(package));
        using (var archive = ZipFile.OpenRead(package))
        {
            var toolFolder = ToolFolder(archive);
            foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultTheme, "*", SearchOption.AllDirectories))
            {
                var entry = $"{toolFolder}styles/default/{Path.GetRelativePath(RepoPaths.DefaultTheme, file).Replace(Path.DirectorySeparatorChar, '/')}";
                Assert.True(archive.GetEntry(entry) is { } packed && packed.Length == new FileInfo(file).Length, $"{entry} is missing or differs");
            }

            Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("content", StringComparison.Ordinal));
        }

        // Only the package just made: no other source can offer a "Recap".
        var config = _folder.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_folder.Path, "tools");
        Run(_folder.Path, "dotnet", "tool", "install", "Recap", "--tool-path", tools, "--configfile", config);

        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder.Path, "elsewhere")).FullName;
        var build = Run(elsewhere, Path.Combine(tools, "recap"), "build", RepoPaths.Content, "-o", "out");

        var pdf = Path.Combine(elsewhere, "out", "gopherfest-summer-2016-recap.pdf");
        var epub = Path.Combine(elsewhere, "out", "gopherfest-summer-2016-recap.epub");
        Assert.Contains(Path.Combine("out", "gopherfest-summer-2016-recap.pdf"), build, StringComparison.Ordinal);
        Assert.Contains("Built for Snappiness", ExternalTool.PdfToText(pdf), StringComparison.Ordinal);
        Assert.Contains(EpubEntries.Names(epub), name => name.EndsWith("fonts/Go-Regular.ttf", StringComparison.Ordinal));
    }

    /// <returns>The folder holding the tool (<c>tools/net10.0/RID/</c>), from its DotnetToolSettings.xml, checked.</returns>
    private static string ToolFolder(ZipArchive archive)
    {
        var settings = Assert.Single(archive.Entries, e => e.Name == "DotnetToolSettings.xml");
        using var stream = settings.Open();
        var command = Assert.Single(XDocument.Load(stream).Descendants("Command"));
        Assert.Equal("recap", (string?)command.Attribute("Name"));
        var toolFolder = settings.FullName[..^settings.Name.Length];
        Assert.NotNull(archive.GetEntry(toolFolder + (string?)command.Attribute("EntryPoint")));
        return toolFolder;
    }

    /// <returns>What the command printed; a failure fails the test with all of it.</returns>
    private static string Run(string workingDirectory, string fileName, params string[] arguments)
    {
        var result = ExternalTool.RunIn(workingDirectory, fileName, arguments);
        Assert.True(result.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.All}");
        return result.All;
    }
}
