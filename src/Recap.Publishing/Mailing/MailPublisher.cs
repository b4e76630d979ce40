using Recap.Mail;
using Recap.Model.Phrases;
using Recap.Publishing.Output;

namespace Recap.Publishing.Mailing;

/// <summary>Builds the booklet and the ebook as <c>recap build</c> does, then writes the follow-up mail that carries them.</summary>
public sealed class MailPublisher(PublishEnvironment environment)
{
    public int Mail(MailRequest request)
    {
        string? path = null;
        var built = new Publisher(environment).Publish(request.Build, (result, transaction) =>
        {
            // Attached from the files just staged, so the recipient gets exactly what the build made;
            // the message commits with them.
            var attachments = result.Files.Select(file => Attach(file, transaction.StagedPath(file), PhraseSet.For(result.Publication!.Meta.Language))).ToList();
            var message = FollowUpMail.Compose(result.Publication!, attachments, new MailOptions(result.Date, request.To, request.From));
            path = Path.Combine(request.Build.OutputFolder, result.Publication!.Slug + ".eml");
            return [transaction.StageFile(path, stream => MailWriter.Write(message, stream))];
        });
        if (built.Publication is null || path is null)
        {
            return built.ExitCode;
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

    private static MailAttachment Attach(string path, string staged, PhraseSet phrases)
    {
        var name = Path.GetFileName(path);
        var content = File.ReadAllBytes(staged);
        return Path.GetExtension(path) switch
        {
            ".pdf" => MailAttachment.Booklet(name, content, phrases),
            ".epub" => MailAttachment.Ebook(name, content, phrases),
            _ => throw new InvalidOperationException($"recap mail does not know how to attach {path}"),
        };
    }
}
