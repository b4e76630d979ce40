using MimeKit;

namespace Recap.Publishing.Mailing;

/// <summary>What <c>recap mail</c> was asked: the build, the draft's addresses and the size to warn above.</summary>
/// <param name="Limit">The .eml size, in bytes, above which a warning says mail servers may refuse it.</param>
public sealed record MailRequest(BuildOptions Build, IReadOnlyList<MailboxAddress> To, IReadOnlyList<MailboxAddress> From, long Limit);
