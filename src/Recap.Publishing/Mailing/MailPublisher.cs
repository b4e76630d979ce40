using Recap.Mail;
using Recap.Publishing.Output;

namespace Recap.Publishing.Mailing;

/// <summary>Builds the booklet and the ebook as <c>recap build</c> does, then writes the follow-up mail that carries them.</summary>
public sealed class MailPublisher(PublishEnvironment environment)
{
    public int Mail(MailRequest request)
    {
        var built = new Publisher(environment).Publish(request.Build);
        if (built.Publication is null)
        {
            return built.ExitCode;
        }

        // Attached from the files just written, so the recipient gets exactly what the build made.
        var attachments = built.Files.Select(Attach).ToList();
        var message = FollowUpMail.Compose(built.Publication, attachments, new MailOptions(built.Date, request.To, request.From));
        var path = Path.Combine(request.Build.OutputFolder, built.Publication.Slug + ".eml");
        var summary = Publisher.WriteOutput(path, stream => MailWriter.Write(message, stream));
        if (!request.Build.Check.Quiet)
        {
            environment.Out.WriteLine(summary);
        }

        var size = new FileInfo(path).Length;
        if (size > request.Limit)
        {
            environment.Error.WriteLine(
                $"recap: warning: {path} is {ByteSize.Format(size)}, over the {ByteSize.Format(request.Limit)} limit: " +
                "mail servers may refuse it; share the files by link instead, or raise --limit");
        }

        return ExitCodes.Built;
    }

    private static MailAttachment Attach(string path)
    {
        var name = Path.GetFileName(path);
        var content = File.ReadAllBytes(path);
        return Path.GetExtension(path) switch
        {
            ".pdf" => MailAttachment.Booklet(name, content),
            ".epub" => MailAttachment.Ebook(name, content),
            _ => throw new InvalidOperationException($"recap mail does not know how to attach {path}"),
        };
    }
}
