namespace Recap.Publishing;

/// <summary>The exit statuses the content format promises.</summary>
public static class ExitCodes
{
    public const int Built = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
