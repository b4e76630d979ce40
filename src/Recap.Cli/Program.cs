using Recap.Cli;
using Recap.Publishing;

// Only wiring: the command line is built and run by RecapCommandLine, so tests can run it in-process.
return RecapCommandLine.Run(args, PublishEnvironment.FromProcess());
