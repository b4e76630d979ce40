namespace Recap.Model.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
