using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// A parsed page's body as the extractor sees it: which elements are ruled out, the text measures of the rest,
/// and the content scores of candidate containers.
/// </summary>
/// <remarks>
/// Ruling elements out instead of deleting them leaves the document intact, so a retry with gentler rules
/// (when the first pass finds almost no text) needs no second parse.
/// </remarks>
internal sealed class ContentTree(IElement body, ExtractionPass pass, Dictionary<string, ClassSemantics.Verdict> verdicts)
{
    private Dictionary<IElement, TextStats> stats = [];

    public IElement Body { get; } = body;

    public ExtractionPass Pass { get; } = pass;

    public HashSet<IElement> Removed { get; } = new(256);

    public Dictionary<IElement, double> Scores { get; } = new(256);

    public void Measure() => stats = TextStats.Measure(Body, Removed);

    public TextStats Stats(IElement element) => stats.TryGetValue(element, out var found) ? found : Empty;

    public double Score(IElement element) => Scores.GetValueOrDefault(element);

    /// <summary>What the element's class and id say, cached by the names (shared by every pass over one page).</summary>
    public ClassSemantics.Verdict Judge(IElement element)
    {
        var names = ClassSemantics.Names(element);
        if (names.Length == 0)
        {
            return default;
        }

        if (!verdicts.TryGetValue(names, out var verdict))
        {
            verdict = ClassSemantics.Judge(names);
            verdicts[names] = verdict;
        }

        return verdict;
    }

    private static readonly TextStats Empty = new();
}

/// <summary>How strict one extraction attempt is; later passes relax the rules that can throw the story away.</summary>
internal sealed record ExtractionPass(bool StripUnlikely, bool WeighClasses, bool CleanConditionally)
{
    public static readonly ExtractionPass[] All =
    [
        new(true, true, true),
        new(false, true, true),
        new(false, false, true),
        new(false, false, false),
    ];
}
