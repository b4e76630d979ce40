using System.Runtime.CompilerServices;

namespace Recap.Testing;

/// <summary>Paths inside this repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string DefaultTheme => Path.Combine(Root, "styles", "default");

    // Above the test assembly, or (for builds with an artifacts path outside the checkout) above this source file.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GopherFest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("GopherFest.sln not found above " + AppContext.BaseDirectory);
    }
}
