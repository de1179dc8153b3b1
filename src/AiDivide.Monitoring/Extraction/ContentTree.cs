using System.Buffers;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// A parsed page's body as the extractor sees it: its elements numbered in document order, which are ruled out in
/// the current pass, the text measures of the rest, and the content scores of candidate containers.
/// </summary>
/// <remarks>
/// The body is walked once per page. Elements are numbered in document order, so an element's subtree is the range
/// from its number to <see cref="End"/>, and every per-element fact is a slot in one pooled array rather than an
/// object or a dictionary entry keyed by object identity. Ruling elements out instead of deleting them leaves the
/// document intact, so a retry with gentler rules (when the first pass finds almost no text) needs no second parse,
/// and the text measures of the whole body (what the boilerplate filter weighs) are taken once for every pass.
/// </remarks>
internal sealed class ContentTree : IDisposable
{
    private readonly Dictionary<string, ClassSemantics.Verdict> verdicts = new(256, StringComparer.Ordinal);
    private Slot[] slots = ArrayPool<Slot>.Shared.Rent(1024);
    private int count;

    private ContentTree()
    {
    }

    /// <summary>The body element is number 0.</summary>
    public const int Body = 0;

    public int Count => count;

    public ExtractionPass Pass { get; private set; } = ExtractionPass.All[0];

    /// <summary>The containers that received a score in this pass, in the order they first did.</summary>
    public List<int> Scored { get; } = new(256);

    public static ContentTree Build(IElement body)
    {
        var tree = new ContentTree();
        tree.Add(body, -1, false);
        tree.Measure(whole: true);
        return tree;
    }

    /// <summary>Forgets the previous pass's verdicts, measures and scores.</summary>
    public void Begin(ExtractionPass pass)
    {
        Pass = pass;
        foreach (ref var slot in slots.AsSpan(0, count))
        {
            slot.Removed = slot.Excluded = slot.HasScore = false;
            slot.Score = 0;
        }

        Scored.Clear();
    }

    public IElement Element(int index) => slots[index].Element;

    public string Tag(int index) => slots[index].Element.LocalName;

    /// <summary>The parent's number, or -1 for the body.</summary>
    public int Parent(int index) => slots[index].Parent;

    /// <summary>The number after the last element inside <paramref name="index"/>: its next sibling's, if it has one.</summary>
    public int End(int index) => slots[index].End;

    public bool Contains(int ancestor, int index) => ancestor <= index && index < slots[ancestor].End;

    /// <summary>True when one of the element's children is a block (<see cref="ContentScorer.IsBlock"/>), ruled out or not.</summary>
    public bool HasBlockChild(int index) => slots[index].HasBlockChild;

    public bool IsRemoved(int index) => slots[index].Removed;

    /// <summary>Rules the element and everything inside it out of this pass.</summary>
    public void Remove(int index)
    {
        slots[index].Removed = true;
        foreach (ref var slot in slots.AsSpan(index, slots[index].End - index))
        {
            slot.Excluded = true;
        }
    }

    /// <summary>Text measures of the element with nothing ruled out.</summary>
    public ref readonly TextStats WholeStats(int index) => ref slots[index].Whole;

    /// <summary>Text measures of the element without what this pass ruled out (nothing, for a ruled-out element).</summary>
    public ref readonly TextStats Stats(int index) => ref slots[index].Kept;

    /// <summary>Measures what this pass kept, once the boilerplate filter has ruled out the rest.</summary>
    public void Measure() => Measure(whole: false);

    public bool HasScore(int index) => slots[index].HasScore;

    public double Score(int index) => slots[index].Score;

    public void SetScore(int index, double score)
    {
        ref var slot = ref slots[index];
        if (!slot.HasScore)
        {
            slot.HasScore = true;
            Scored.Add(index);
        }

        slot.Score = score;
    }

    /// <summary>What the element's tag and attributes say, read on first use.</summary>
    public ElementTraits Traits(int index)
    {
        ref var slot = ref slots[index];
        if (slot.Traits == ElementTraits.None)
        {
            slot.Traits = ElementTraitReader.Read(slot.Element);
        }

        return slot.Traits;
    }

    /// <summary>What the element's class and id say, worked out once per element and once per distinct set of names.</summary>
    public ClassSemantics.Verdict Judge(int index)
    {
        ref var slot = ref slots[index];
        if (slot.Verdict is { } known)
        {
            return known;
        }

        var names = ClassSemantics.Names(slot.Element);
        var verdict = default(ClassSemantics.Verdict);
        if (names.Length > 0 && !verdicts.TryGetValue(names, out verdict))
        {
            verdict = ClassSemantics.Judge(names);
            verdicts[names] = verdict;
        }

        slot.Verdict = verdict;
        return verdict;
    }

    public void Dispose()
    {
        // Cleared so the pool does not keep the page's elements alive.
        Array.Clear(slots, 0, count);
        ArrayPool<Slot>.Shared.Return(slots);
        slots = [];
        count = 0;
    }

    // Children are numbered after their parent, so walking the numbers backwards finishes every child before its parent.
    private void Measure(bool whole)
    {
        var span = slots.AsSpan(0, count);
        foreach (ref var slot in span)
        {
            (whole ? ref slot.Whole : ref slot.Kept) = default;
        }

        for (var index = count - 1; index >= 0; index--)
        {
            ref var slot = ref span[index];
            if (!whole && slot.Excluded)
            {
                continue;
            }

            ref var measured = ref whole ? ref slot.Whole : ref slot.Kept;
            measured.Add(slot.OwnText);
            measured.CountElement(slot.Element.LocalName);
            if (slot.Parent >= 0)
            {
                (whole ? ref span[slot.Parent].Whole : ref span[slot.Parent].Kept).Add(measured);
            }
        }
    }

    private void Add(IElement element, int parent, bool inLink)
    {
        var index = count++;
        if (index == slots.Length)
        {
            var larger = ArrayPool<Slot>.Shared.Rent(slots.Length * 2);
            slots.AsSpan(0, index).CopyTo(larger);
            Array.Clear(slots, 0, index);
            ArrayPool<Slot>.Shared.Return(slots);
            slots = larger;
        }

        slots[index] = new Slot { Element = element, Parent = parent };
        var linked = inLink || element.LocalName == "a";
        var own = default(TextStats);
        var hasBlockChild = false;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                own.CountText(text.Data, linked);
            }
            else if (node is IElement child)
            {
                hasBlockChild |= ContentScorer.IsBlock(child.LocalName);
                Add(child, index, linked);
            }
        }

        ref var slot = ref slots[index];
        slot.End = count;
        slot.OwnText = own;
        slot.HasBlockChild = hasBlockChild;
    }

    /// <summary>Everything known about one element, for the page and for the current pass.</summary>
    private struct Slot
    {
        public IElement Element;
        public int Parent;
        public int End;
        public bool HasBlockChild;
        public TextStats OwnText;
        public TextStats Whole;
        public ClassSemantics.Verdict? Verdict;
        public ElementTraits Traits;

        // The current pass's state.
        public bool Removed;
        public bool Excluded;
        public bool HasScore;
        public double Score;
        public TextStats Kept;
    }
}
