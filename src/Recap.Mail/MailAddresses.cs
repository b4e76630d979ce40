using MimeKit;

namespace Recap.Mail;

/// <summary>Reads the addresses given on the command line, strictly: every one a mailbox with a domain.</summary>
public static class MailAddresses
{
    // MimeKit's defaults accept "ada" (a local UNIX user) for compatibility with old mail; a draft's
    // recipients must be deliverable addresses.
    private static readonly ParserOptions Strict = new()
    {
        AllowAddressesWithoutDomain = false,
        AddressParserComplianceMode = RfcComplianceMode.Strict,
    };

    /// <summary>Parses one or more comma-separated addresses, with or without display names.</summary>
    /// <param name="problem">Why the text is not a list of addresses; null on success.</param>
    public static bool TryParse(string text, out IReadOnlyList<MailboxAddress> mailboxes, out string? problem)
    {
        mailboxes = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "an e-mail address is needed, like ada@example.org";
            return false;
        }

        if (!InternetAddressList.TryParse(Strict, text, out var list) || list.Count == 0)
        {
            problem = $"'{text}' is not an e-mail address (expected something like ada@example.org or \"Ada Lovelace <ada@example.org>\")";
            return false;
        }

        var parsed = new List<MailboxAddress>();
        foreach (var address in list)
        {
            if (address is not MailboxAddress { Domain.Length: > 0 } mailbox || !mailbox.Domain.Contains('.', StringComparison.Ordinal))
            {
                problem = $"'{address}' is not an e-mail address with a domain, like ada@example.org";
                return false;
            }

            parsed.Add(mailbox);
        }

        mailboxes = parsed;
        problem = null;
        return true;
    }
}
