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
    public void The_packed_tool_is_native_carries_its_theme_installs_and_builds_the_content_from_anywhere()
    {
        var packages = Path.Combine(_folder.Path, "packages");
        // One `dotnet pack`, as the README says: the pointer package and the native linux-x64 one. It compiles
        // recap ahead of time, so it builds (in this test assembly's configuration) rather than --no-build.
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Run(RepoPaths.Root, "dotnet", "pack", "src/Recap.Cli", "-c", configuration, "-o", packages);

        var names = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["Recap.0.1.0.nupkg", "Recap.linux-x64.0.1.0.nupkg"], names);
        using (var pointer = ZipFile.OpenRead(Path.Combine(packages, "Recap.0.1.0.nupkg")))
        {
            var platform = Assert.Single(Settings(pointer).Descendants("RuntimeIdentifierPackage"));
            Assert.Equal(("linux-x64", "Recap.linux-x64"), ((string?)platform.Attribute("RuntimeIdentifier"), (string?)platform.Attribute("Id")));
        }

        using (var archive = ZipFile.OpenRead(Path.Combine(packages, "Recap.linux-x64.0.1.0.nupkg")))
        {
            var toolFolder = ToolFolder(archive);
            foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultTheme, "*", SearchOption.AllDirectories))
            {
                var entry = $"{toolFolder}styles/default/{Path.GetRelativePath(RepoPaths.DefaultTheme, file).Replace(Path.DirectorySeparatorChar, '/')}";
                Assert.True(archive.GetEntry(entry) is { } packed && packed.Length == new FileInfo(file).Length, $"{entry} is missing or differs");
            }

            Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("content", StringComparison.Ordinal));
            // Native: no managed assembly for a runtime to load.
            Assert.DoesNotContain(archive.Entries, e => e.Name.EndsWith(".dll", StringComparison.Ordinal));
        }

        // Only the packages just made: no other source can offer a "Recap".
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

        // What runs is the ahead-of-time binary: an ELF executable from Recap.linux-x64, no recap.dll for a runtime to load.
        var installed = Directory.GetFiles(tools, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(installed, f => Path.GetFileName(f) == "recap.dll");
        var native = Assert.Single(installed, f => Path.GetFileName(f) == "recap" && f.Contains("recap.linux-x64", StringComparison.Ordinal));
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(native)[..4]);

        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder.Path, "elsewhere")).FullName;
        var build = Run(elsewhere, Path.Combine(tools, "recap"), "build", RepoPaths.Content, "-o", "out");

        var pdf = Path.Combine(elsewhere, "out", "gopherfest-summer-2016-recap.pdf");
        var epub = Path.Combine(elsewhere, "out", "gopherfest-summer-2016-recap.epub");
        Assert.Contains(Path.Combine("out", "gopherfest-summer-2016-recap.pdf"), build, StringComparison.Ordinal);
        Assert.Contains("Built for Snappiness", ExternalTool.PdfToText(pdf), StringComparison.Ordinal);
        Assert.Contains(EpubEntries.Names(epub), name => name.EndsWith("fonts/Go-Regular.ttf", StringComparison.Ordinal));

        // The native tool writes the same bytes as the JIT-compiled pipeline that `dotnet run` runs.
        var jit = Path.Combine(_folder.Path, "jit");
        Assert.Equal(0, CliRun.Of("build", RepoPaths.Content, "-o", jit, "--quiet").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(jit, Path.GetFileName(pdf))), File.ReadAllBytes(pdf));
        Assert.Equal(File.ReadAllBytes(Path.Combine(jit, Path.GetFileName(epub))), File.ReadAllBytes(epub));
    }

    private static XDocument Settings(ZipArchive archive)
    {
        using var stream = Assert.Single(archive.Entries, e => e.Name == "DotnetToolSettings.xml").Open();
        return XDocument.Load(stream);
    }

    /// <returns>The folder holding the tool (<c>tools/any/linux-x64/</c>), from its DotnetToolSettings.xml, checked.</returns>
    private static string ToolFolder(ZipArchive archive)
    {
        var settings = Assert.Single(archive.Entries, e => e.Name == "DotnetToolSettings.xml");
        var command = Assert.Single(Settings(archive).Descendants("Command"));
        Assert.Equal("recap", (string?)command.Attribute("Name"));
        Assert.Equal("executable", (string?)command.Attribute("Runner"));
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
