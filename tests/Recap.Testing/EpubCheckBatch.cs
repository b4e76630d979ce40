using System.Diagnostics;
using System.Text;

namespace Recap.Testing;

/// <summary>
/// One epubcheck JVM per test run: starting Java and loading epubcheck's schemas costs seconds of
/// CPU each time, checking one more EPUB in a warm JVM a fraction of that. EpubCheckBatch.java
/// (beside this file, run by Java's source launcher with epubcheck's jar on the class path) reads
/// paths on standard input and answers each with epubcheck's own report and exit status.
/// </summary>
internal sealed class EpubCheckBatch
{
    private const string ExitLine = "@@epubcheck-exit ";

    private static readonly Lazy<EpubCheckBatch> Shared = new(() => new EpubCheckBatch());

    private readonly Process _process;
    private readonly StringBuilder _javaErrors = new();
    private readonly Lock _lock = new();

    private EpubCheckBatch()
    {
        Tier.RequireFull("epubcheck");
        var source = Path.Combine(RepoPaths.Root, "tests", "Recap.Testing", "EpubCheckBatch.java");
        // -Xss1024k as Debian's epubcheck wrapper sets it; C1 only: a test run checks a few dozen files, too few for C2 to pay off.
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-Xss1024k", "-XX:TieredStopAtLevel=1", "-cp", "/usr/share/java/epubcheck.jar", source })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_javaErrors)
            {
                _javaErrors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        // Closing its input ends the JVM's loop, so no checker outlives the test host.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>epubcheck's report on <paramref name="epubPath"/> and the status its command line would exit with.</summary>
    public static ExternalTool.Result Check(string epubPath) => Shared.Value.Run(Path.GetFullPath(epubPath));

    private ExternalTool.Result Run(string epubPath)
    {
        lock (_lock)
        {
            _process.StandardInput.WriteLine(epubPath);
            _process.StandardInput.Flush();
            var report = new StringBuilder();
            for (var line = _process.StandardOutput.ReadLine(); line is not null; line = _process.StandardOutput.ReadLine())
            {
                if (line.StartsWith(ExitLine, StringComparison.Ordinal))
                {
                    return new ExternalTool.Result(int.Parse(line[ExitLine.Length..], System.Globalization.CultureInfo.InvariantCulture), report.ToString(), "");
                }

                report.AppendLine(line);
            }

            lock (_javaErrors)
            {
                throw new InvalidOperationException($"epubcheck's JVM ended while checking {epubPath}:\n{report}{_javaErrors}");
            }
        }
    }

    private void Stop()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
