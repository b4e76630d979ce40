using Recap.Fuzz;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Publishing;
using Recap.Publishing.Output;
using SharpFuzz;

// recap's fuzzing harness. Targets:
//   reader    the content reader: bytes in, a publication or diagnostics out; any exception is a finding
//   pipeline  the whole build (PDF and EPUB): exit 0 or 1 with diagnostics; any exception is a finding
// Under afl-fuzz (fuzz.sh): `Recap.Fuzz reader|pipeline`; to replay one input: `Recap.Fuzz TARGET --replay FILE`;
// to write the seed corpus: `Recap.Fuzz seeds CONTENT_FOLDER OUT_FOLDER`.
if (args is ["seeds", var content, var seeds])
{
    Directory.CreateDirectory(seeds);
    foreach (var (name, bytes) in FuzzInput.Seeds(content))
    {
        File.WriteAllBytes(Path.Combine(seeds, name), bytes);
    }

    return 0;
}

var work = Path.Combine(Path.GetTempPath(), $"recap-fuzz-{Environment.ProcessId}");
Action<byte[]> target = args.FirstOrDefault() switch
{
    "reader" => input => Reader(input, work),
    "pipeline" => input => Pipeline(input, work),
    _ => throw new ArgumentException("usage: Recap.Fuzz reader|pipeline [--replay FILE] | seeds CONTENT OUT"),
};

if (args is [_, "--replay", var file])
{
    target(File.ReadAllBytes(file));
    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

static void Reader(byte[] input, string work)
{
    FuzzInput.WriteFolder(input, Path.Combine(work, "content"));
    var diagnostics = new DiagnosticBag();
    if (ContentReader.Read(Path.Combine(work, "content"), diagnostics) is null && !diagnostics.HasErrors)
    {
        throw new InvalidOperationException("no publication and no error");
    }
}

static void Pipeline(byte[] input, string work)
{
    FuzzInput.WriteFolder(input, Path.Combine(work, "content"));
    var environment = new PublishEnvironment(TextWriter.Null, TextWriter.Null, name => name == BuildDate.Variable ? "1467331200" : null);
    try
    {
        var exit = new Publisher(environment).Build(new BuildOptions(new CheckOptions(Path.Combine(work, "content"), Quiet: true), Path.Combine(work, "out")));
        if (exit is not (ExitCodes.Built or ExitCodes.ContentErrors))
        {
            throw new InvalidOperationException($"exit status {exit}");
        }
    }
    catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OutputException))
    {
        // The machine's problem (a full temporary disk), not the content's.
    }
}
