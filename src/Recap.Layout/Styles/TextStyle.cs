using Recap.Fonts;
using Recap.Frames;

namespace Recap.Layout.Styles;

/// <summary>A resolved run style: a face chain at a size and colour.</summary>
public sealed record TextStyle(FontChain Fonts, double Size, Color Color);
