using UglyToad.PdfPig.Core;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>A glyph read back from the PDF: its text (the ActualText of its span when it has one), its box and its tag.</summary>
/// <param name="Box">In PDF space: y up from the bottom of the page.</param>
/// <param name="Tag">The structure type of the marked content it sits in (P, H2, Code, TD…).</param>
public sealed record PdfGlyph(string Value, PdfRectangle Box, string Tag);
