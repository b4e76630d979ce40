using System.Globalization;
using System.Text;

namespace Recap.Fonts;

/// <summary>A character that no face of a chain can draw, and where it is (UTF-16 index in the text given).</summary>
public readonly record struct MissingCharacter(int CodePoint, int Index)
{
    /// <summary>For messages: <c>U+10D0 'ა'</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"U+{CodePoint:X4} '{new Rune(CodePoint)}'");
}
