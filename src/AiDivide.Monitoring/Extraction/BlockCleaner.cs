namespace AiDivide.Monitoring.Extraction;

/// <summary>Decides, inside the article body, which blocks are clutter: link lists, galleries, forms, headline repeats.</summary>
/// <remarks>Readability's conditional cleaning, on measures taken once per element rather than by re-querying the DOM.</remarks>
internal static class BlockCleaner
{
    public static bool IsClutter(int index, ContentTree tree) => tree.Tag(index) switch
    {
        // The headline is the title, not body text.
        "h1" => true,
        "h2" or "h3" or "h4" or "h5" or "h6" => IsClutterHeading(index, tree),
        "div" or "section" or "ul" or "ol" or "dl" or "table" or "form" or "fieldset" => tree.Pass.CleanConditionally && IsClutterContainer(index, tree),
        _ => false,
    };

    private static bool IsClutterHeading(int heading, ContentTree tree) =>
        tree.Stats(heading).LinkDensity > 0.5 || (tree.Pass.WeighClasses && ContentScorer.ClassWeight(heading, tree) < 0);

    // A table of short cells over several rows holds data the story presents (results, figures), not layout.
    private static bool IsDataTable(string tag, in TextStats stats) =>
        tag == "table" && stats.Rows >= 3 && stats.Chars < stats.Rows * 200;

    private static bool IsClutterContainer(int index, ContentTree tree)
    {
        var weight = tree.Pass.WeighClasses ? ContentScorer.ClassWeight(index, tree) : 0;
        if (weight + tree.Score(index) < 0)
        {
            return true;
        }

        var tag = tree.Tag(index);
        ref readonly var stats = ref tree.Stats(index);
        if (IsDataTable(tag, stats))
        {
            return stats.LinkDensity > 0.7;
        }

        if (stats.LinkDensity > 0.5)
        {
            return true;
        }

        if (stats.Commas >= 10)
        {
            return false;
        }

        var isList = tag is "ul" or "ol";
        var paragraphs = stats.Paragraphs;
        return (stats.Images > 1 && paragraphs * 2 < stats.Images)
            || stats.Inputs > paragraphs / 3
            || (!isList && stats.Chars < 25 && (stats.Images == 0 || stats.Images > 2))
            || (!isList && weight < 25 && stats.LinkDensity > 0.2)
            || (isList && stats.LinkDensity > 0.5)
            || (weight >= 25 && stats.LinkDensity > 0.5);
    }
}
