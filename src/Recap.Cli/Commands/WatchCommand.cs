using System.CommandLine;
using System.CommandLine.Invocation;
using Recap.Cli.Watching;
using Recap.Publishing;

namespace Recap.Cli.Commands;

/// <summary><c>recap watch [CONTENT] [build's options]</c>: build, then rebuild on every save until Ctrl+C.</summary>
public static class WatchCommand
{
    /// <summary>How long the folder must stay quiet before a burst of editor events counts as one save.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);

    public static Command Create(PublishEnvironment environment)
    {
        // Watch takes build's own argument and options and rebuilds through build's own action,
        // so every option build gains is watch's too, and a rebuild is exactly `recap build`.
        var build = BuildCommand.Create(environment);
        var command = new Command("watch", """
            Build, then rebuild after every save in the content folder (write-ups, book.yml,
            images), printing problems and what was written each time with the time of day.
            A build with errors writes nothing and the watch goes on; Ctrl+C stops it.
            Takes the same options as build.

            Examples:
              recap watch                          content/ into out/, on every save
              recap watch talks -o dist -f pdf     only the booklet of talks/, into dist/
            """);
        foreach (var argument in build.Arguments)
        {
            command.Add(argument);
        }

        foreach (var option in build.Options)
        {
            command.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var content = parseResult.GetRequiredValue<string>("content");
            var rebuild = () => build.Action switch
            {
                SynchronousCommandLineAction action => action.Invoke(parseResult),
                AsynchronousCommandLineAction action => action.InvokeAsync(parseResult, cancellationToken).GetAwaiter().GetResult(),
                _ => throw new InvalidOperationException("the build command has no action"),
            };
            if (!Directory.Exists(content))
            {
                // Nothing to watch: the build says why, and the run ends as build's would.
                return rebuild();
            }

            using var watcher = new ContentWatcher(content, parseResult.GetValue<string>("--output"), QuietPeriod);
            await new WatchSession(watcher, rebuild, environment.Out, environment.Error).RunAsync(cancellationToken);
            environment.Out.WriteLine("recap watch: stopped");
            return ExitCodes.Built;
        });
        return command;
    }
}
