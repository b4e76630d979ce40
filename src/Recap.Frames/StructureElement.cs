namespace Recap.Frames;

/// <summary>
/// A node of the logical structure tree (what a screen reader follows). Layout builds the tree
/// with <see cref="Add(StructureKind)"/> and points each content item at the element it belongs
/// to. Children keep the order they were added in, which should be reading order. Compared by identity.
/// </summary>
public sealed class StructureElement
{
    private readonly List<StructureElement> _children = [];

    public StructureElement(StructureKind kind, string? altText = null, string? language = null)
    {
        Kind = kind;
        AltText = altText;
        Language = language;
    }

    public StructureKind Kind { get; }

    /// <summary>A text alternative, required on <see cref="StructureKind.Figure"/>.</summary>
    public string? AltText { get; }

    /// <summary>A BCP 47 language tag when this element's language differs from the document's.</summary>
    public string? Language { get; }

    public StructureElement? Parent { get; private set; }

    public IReadOnlyList<StructureElement> Children => _children;

    /// <summary>Appends a new child element and returns it.</summary>
    public StructureElement Add(StructureKind kind, string? altText = null, string? language = null) =>
        Add(new StructureElement(kind, altText, language));

    /// <summary>Appends an element that has no parent yet and returns it.</summary>
    public StructureElement Add(StructureElement child)
    {
        if (child.Parent is not null || ReferenceEquals(child, this))
        {
            throw new InvalidOperationException($"the {child.Kind} element already has a parent");
        }

        child.Parent = this;
        _children.Add(child);
        return child;
    }

    public override string ToString() => Kind.ToString();
}
