namespace AiDivide.Monitoring.Extraction;

/// <summary>Rules out the parts of a page that are never article text: code, forms, chrome, hidden and widget blocks.</summary>
/// <remarks>What an element's tag and attributes say is read once per page (<see cref="ElementTraitReader"/>).</remarks>
internal static class BoilerplateFilter
{
    public static void Mark(ContentTree tree)
    {
        var prose = tree.WholeStats(ContentTree.Body).ParagraphChars;
        // Document order: an element ruled out takes everything inside it along, so the walk jumps past its subtree.
        var index = ContentTree.Body + 1;
        while (index < tree.Count)
        {
            if (IsBoilerplate(index, tree, prose))
            {
                tree.Remove(index);
                index = tree.End(index);
            }
            else
            {
                index++;
            }
        }
    }

    private static bool IsBoilerplate(int index, ContentTree tree, int prose)
    {
        var traits = tree.Traits(index);
        if ((traits & ElementTraits.NeverText) != 0)
        {
            return true;
        }

        if ((traits & ElementTraits.StoryRoot) != 0)
        {
            return false;
        }

        ref readonly var stats = ref tree.WholeStats(index);
        if ((traits & ElementTraits.Chrome) != 0)
        {
            return !HoldsMostProse(stats, prose);
        }

        if (!tree.Pass.StripUnlikely)
        {
            return false;
        }

        var verdict = tree.Judge(index);
        return verdict.IsUnlikely && !(verdict.MayBeStory && stats.ParagraphChars >= 200) && !HoldsMostProse(stats, prose);
    }

    private static bool HoldsMostProse(in TextStats stats, int prose) => prose > 0 && stats.ParagraphChars * 2 > prose;
}
