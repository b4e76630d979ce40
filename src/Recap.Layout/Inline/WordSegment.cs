using System.Collections.Immutable;
using Recap.Fonts;

namespace Recap.Layout.Inline;

/// <summary>
/// The part of a word that comes from one styled run: <paramref name="Length"/> characters of
/// the run, at <paramref name="Offset"/> in the word's text (a footnote mark has no length in the
/// word's text and keeps its own), with the faces that draw it.
/// A value in <see cref="SplitParagraph"/>.
/// </summary>
internal readonly record struct WordSegment(StyledRun Run, int Length, int Offset, ImmutableArray<FaceRun> Faces)
{
    public bool IsMark => Run.Kind == RunKind.FootnoteMark;
}
