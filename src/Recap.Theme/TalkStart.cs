namespace Recap.Theming;

/// <summary>Where a write-up opens: on a new page, on a new right-hand page, or straight after the previous one.</summary>
public enum TalkStart
{
    Page,
    Recto,
    Continue,
}
