namespace Recap.Model.Talks;

/// <summary>
/// Node ids of the sections both outputs add around the write-ups (the contents, the programme, the
/// speakers) and of their entries: the booklet's page map records the pages that begin with them, and the ebook places
/// its print page markers by them. Two dashes in a row keep them apart from every slug, so from every
/// write-up's and block's id.
/// </summary>
public static class SectionIds
{
    public const string Contents = "contents--list";

    public const string Programme = "programme--list";

    public const string Speakers = "speakers--list";

    /// <summary>The contents' top-level entry at <paramref name="index"/>: the programme, each write-up, the speakers, as the ebook's nav lists them.</summary>
    public static string ContentsEntry(int index) => $"contents--{index + 1}";

    /// <summary>The programme's line for <see cref="Talks.Programme.Build"/>'s slot at <paramref name="index"/>.</summary>
    public static string ProgrammeSlot(int index) => $"programme--{index + 1}";

    /// <summary>The speakers section's entry for <see cref="SpeakerIndex.For"/>'s entry at <paramref name="index"/>.</summary>
    public static string Speaker(int index) => $"speakers--{index + 1}";
}
