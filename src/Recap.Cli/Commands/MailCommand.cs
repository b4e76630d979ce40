using System.CommandLine;
using System.CommandLine.Parsing;
using MimeKit;
using Recap.Cli.Mailing;
using Recap.Mail;
using Recap.Publishing;
using Recap.Publishing.Mailing;

namespace Recap.Cli.Commands;

/// <summary><c>recap mail [CONTENT] [-o DIR] [--to ADDR] [--from ADDR] [--limit SIZE]</c>: build, then write the follow-up mail draft.</summary>
public static class MailCommand
{
    public static Command Create(PublishEnvironment environment)
    {
        var options = new BuildOptionSet();
        var to = Addresses("--to", "addresses", "Recipients, comma-separated: ada@example.org, \"Grace Hopper <grace@example.org>\".");
        var from = Addresses("--from", "address", "The sender; without it the mail client uses its own account.");
        var limit = new Option<long>("--limit")
        {
            Description = "Warn when the mail is larger than this: 10MB (the default), 500KB, 2.5MB.",
            HelpName = "size",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (SizeLimit.TryParse(text, out var bytes))
                {
                    return bytes;
                }

                result.AddError($"--limit: '{text}' is not a size (write it like 10MB, 500KB or 2.5MB)");
                return 0;
            },
        };

        var command = new Command("mail", """
            Build the PDF booklet and the EPUB as 'recap build' does, then write the follow-up
            e-mail as a draft (<slug>.eml, marked unsent): a subject from the title, a message
            thanking attendees that lists the talks and their speakers, both files attached.
            Open it in a mail client, check it, send it. Prints its size and warns above --limit.

            Examples:
              recap mail                              content/ into out/: PDF, EPUB and the .eml
              recap mail --to attendees@example.org --from "Ada <ada@example.org>"
              recap mail talks -o dist --limit 5MB    warn when the mail passes 5 MB
              SOURCE_DATE_EPOCH=1467331200 recap mail   fix the mail's Date (and the files')
            """);
        options.AddOutputTo(command);
        command.Add(to);
        command.Add(from);
        command.Add(limit);
        command.SetAction(parseResult =>
        {
            var build = options.ReadOutput(parseResult);
            // Absent options have no value: no addresses, and 0 for the limit (a given limit is at least 1 byte).
            var limitBytes = parseResult.GetValue(limit);
            var request = new MailRequest(
                build,
                parseResult.GetValue(to) ?? [],
                parseResult.GetValue(from) ?? [],
                limitBytes == 0 ? SizeLimit.Default : limitBytes);
            return new MailPublisher(environment).Mail(request);
        });
        return command;
    }

    /// <summary>An address option: a bad address is a parse error, so exit 2 before anything is built.</summary>
    private static Option<IReadOnlyList<MailboxAddress>> Addresses(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (MailAddresses.TryParse(text, out var mailboxes, out var problem))
            {
                return mailboxes;
            }

            result.AddError($"{name}: {problem}");
            return [];
        },
    };
}
