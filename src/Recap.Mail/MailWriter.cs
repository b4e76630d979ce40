using MimeKit;

namespace Recap.Mail;

/// <summary>Writes a message as an .eml file: CRLF line endings whatever the platform, as RFC 5322 requires.</summary>
public static class MailWriter
{
    private static readonly FormatOptions Eml = CreateFormat();

    public static void Write(MimeMessage message, Stream stream) => message.WriteTo(Eml, stream);

    private static FormatOptions CreateFormat()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}
