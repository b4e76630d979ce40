using MimeKit;

namespace Recap.Mail;

/// <summary>What the draft's headers say beyond the publication itself.</summary>
/// <param name="Date">The Date header: the build date, so that rebuilding gives the same bytes.</param>
/// <param name="To">Recipients; empty leaves the header out for the sender to fill in.</param>
/// <param name="From">Senders; empty lets the mail client use its own account.</param>
public sealed record MailOptions(DateTimeOffset Date, IReadOnlyList<MailboxAddress> To, IReadOnlyList<MailboxAddress> From)
{
    public MailOptions(DateTimeOffset date)
        : this(date, [], [])
    {
    }
}
