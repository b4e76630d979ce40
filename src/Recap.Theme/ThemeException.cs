namespace Recap.Theming;

/// <summary>The theme cannot be used: a value in <c>theme.yml</c> or a template is wrong. The message names the file.</summary>
public sealed class ThemeException(string message) : Exception(message);
