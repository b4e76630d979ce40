using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Tagging;

/// <summary>
/// Builds the structure tree as pages are written: each marked-content sequence (MCID) and each
/// link annotation is recorded under its element, and the element joins its parent's kids the
/// first time it receives content, so kids come out in reading order even when a paragraph's
/// text is interleaved with a link inside it. Elements that never receive content are appended
/// after their siblings. Written at the end as StructTreeRoot, StructElems and the ParentTree.
/// </summary>
internal sealed class StructureTreeBuilder
{
    private readonly ObjectWriter _writer;
    private readonly StructureElement _root;
    private readonly Dictionary<StructureElement, ElementState> _states;
    private readonly List<int>[] _pageParents;
    private readonly List<int> _annotationParents = [];

    // Every element's kids in one store, each element's a chain from its first to its last (Kid.Next): a list of
    // kids for each of a long book's hundred thousand elements was most of the tree's memory, its spare room included.
    private readonly List<Kid[]> _kids = [];
    private int _kidCount;

    public StructureTreeBuilder(ObjectWriter writer, StructureElement root, int pageCount)
    {
        _writer = writer;
        _root = root;
        // Every element gets a state: sized once, not grown through a dozen rehashes.
        _states = new(Count(root), ReferenceEqualityComparer.Instance);
        _pageParents = new List<int>[pageCount];
        for (var i = 0; i < pageCount; i++)
        {
            _pageParents[i] = [];
        }
    }

    private static int Count(StructureElement element)
    {
        var count = 1;
        var children = element.Children;
        for (var i = 0; i < children.Count; i++)
        {
            count += Count(children[i]);
        }

        return count;
    }

    /// <summary>Records a marked-content sequence of <paramref name="element"/> on a page and returns its MCID.</summary>
    public int MarkContent(StructureElement element, int pageIndex, int pageId)
    {
        var parents = _pageParents[pageIndex];
        var mcid = parents.Count;
        var state = Attach(element);
        parents.Add(state.Id);
        AddKid(state, new Kid(null, pageId, mcid, 0));
        return mcid;
    }

    /// <summary>Records an annotation (a link area) under its element and returns the annotation's StructParent key.</summary>
    public int MarkAnnotation(StructureElement element, int annotationId, int pageId)
    {
        var state = Attach(element);
        AddKid(state, new Kid(null, pageId, -1, annotationId));
        _annotationParents.Add(state.Id);
        return _pageParents.Length + _annotationParents.Count - 1;
    }

    /// <summary>Writes the tree and returns the StructTreeRoot's id.</summary>
    public int Write()
    {
        var rootId = _writer.Allocate();
        AttachRemaining(_root);
        WriteElement(State(_root), rootId);

        var parentTree = _writer.Allocate();
        var nums = new PdfBuffer().Ascii("/Nums[");
        for (var page = 0; page < _pageParents.Length; page++)
        {
            nums.Int(page).Ascii("[");
            foreach (var id in _pageParents[page])
            {
                nums.Ref(id).Space();
            }

            nums.Ascii("]");
        }

        for (var i = 0; i < _annotationParents.Count; i++)
        {
            nums.Space().Int(_pageParents.Length + i).Space().Ref(_annotationParents[i]);
        }

        _writer.Dictionary(parentTree, nums.Ascii("]"));
        _writer.Dictionary(rootId, new PdfBuffer(128)
            .Ascii("/Type/StructTreeRoot/K ").Ref(State(_root).Id)
            .Ascii("/ParentTree ").Ref(parentTree)
            .Ascii("/ParentTreeNextKey ").Int(_pageParents.Length + _annotationParents.Count));
        return rootId;
    }

    private ElementState State(StructureElement element)
    {
        if (!_states.TryGetValue(element, out var state))
        {
            state = new ElementState(_writer.Allocate(), element);
            _states.Add(element, state);
        }

        return state;
    }

    private ElementState Attach(StructureElement element)
    {
        var state = State(element);
        var current = element;
        var currentState = state;
        while (!currentState.Attached && current.Parent is { } parent)
        {
            currentState.Attached = true;
            var parentState = State(parent);
            AddKid(parentState, new Kid(currentState, 0, -1, 0));
            current = parent;
            currentState = parentState;
        }

        return state;
    }

    private void AttachRemaining(StructureElement element)
    {
        // By index: a foreach over IReadOnlyList would box an enumerator for each of the (many) elements.
        var children = element.Children;
        var parent = State(element);
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var state = State(child);
            if (!state.Attached)
            {
                state.Attached = true;
                AddKid(parent, new Kid(state, 0, -1, 0));
            }

            AttachRemaining(child);
        }
    }

    /// <summary>Writes the element and, after it, its kids: each kid holds its state, so the walk looks nothing up.</summary>
    private void WriteElement(ElementState state, int parentId)
    {
        var element = state.Element;
        var body = _writer.BeginDictionary(state.Id).Ascii("/Type/StructElem/S").Name(Enum.GetName(element.Kind)!).Ascii("/P ").Ref(parentId);
        if (element.AltText is { } alt)
        {
            body.Ascii("/Alt").Text(alt);
        }

        if (element.Language is { } lang)
        {
            body.Ascii("/Lang").Text(lang);
        }

        if (element.Kind == StructureKind.TH)
        {
            body.Ascii("/A<</O/Table/Scope/Column>>");
        }

        body.Ascii("/K[");
        for (var k = state.FirstKid; k >= 0; k = KidAt(k).Next)
        {
            var kid = KidAt(k);
            if (kid.Child is { } child)
            {
                body.Ref(child.Id).Space();
            }
            else if (kid.AnnotationId != 0)
            {
                body.Ascii("<</Type/OBJR/Obj ").Ref(kid.AnnotationId).Ascii("/Pg ").Ref(kid.PageId).Ascii(">>");
            }
            else
            {
                body.Ascii("<</Type/MCR/Pg ").Ref(kid.PageId).Ascii("/MCID ").Int(kid.Mcid).Ascii(">>");
            }
        }

        body.Ascii("]");
        _writer.EndDictionary();
        for (var k = state.FirstKid; k >= 0; k = KidAt(k).Next)
        {
            if (KidAt(k).Child is { } child)
            {
                WriteElement(child, state.Id);
            }
        }
    }

    private const int KidsPerChunk = 2048;

    /// <summary>Appends a kid to the element's chain.</summary>
    private void AddKid(ElementState state, Kid kid)
    {
        if (_kidCount % KidsPerChunk == 0)
        {
            _kids.Add(new Kid[KidsPerChunk]);
        }

        var index = _kidCount++;
        KidAt(index) = kid;
        if (state.LastKid < 0)
        {
            state.FirstKid = index;
        }
        else
        {
            KidAt(state.LastKid).Next = index;
        }

        state.LastKid = index;
    }

    private ref Kid KidAt(int index) => ref _kids[index / KidsPerChunk][index % KidsPerChunk];

    private sealed class ElementState(int id, StructureElement element)
    {
        public int Id { get; } = id;

        public StructureElement Element { get; } = element;

        public bool Attached { get; set; }

        /// <summary>Where the element's chain of kids begins and ends in the builder's store; -1 while it has none.</summary>
        public int FirstKid { get; set; } = -1;

        public int LastKid { get; set; } = -1;
    }

    /// <summary>A child element, a marked-content reference (page and MCID) or an annotation reference; and the next kid of the same element (-1: none).</summary>
    private record struct Kid(ElementState? Child, int PageId, int Mcid, int AnnotationId)
    {
        public int Next { get; set; } = -1;
    }
}
