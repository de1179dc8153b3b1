using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Rules out the parts of a page that are never article text: code, forms, chrome, hidden and widget blocks.</summary>
internal static class BoilerplateFilter
{
    private static readonly HashSet<string> NeverText =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "select", "input", "textarea",
        "button", "link", "meta", "dialog", "figcaption", "audio", "video", "map", "head", "title",
    ];

    // Page chrome by tag or role; kept only when it holds most of the page's prose (some sites wrap the story in them).
    private static readonly HashSet<string> ChromeTags = ["nav", "aside", "footer", "header", "form", "menu", "figure"];

    private static readonly HashSet<string> ChromeRoles =
        ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar"];

    // Schema.org microdata that marks a date or a name shown beside the story, never a part of it.
    private static readonly HashSet<string> MetadataProps = ["datePublished", "dateModified", "dateCreated", "author", "publisher", "creator"];

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
        var element = tree.Element(index);
        var tag = element.LocalName;
        var itemProp = element.GetAttribute("itemprop");
        if (NeverText.Contains(tag) || IsHidden(element) || (itemProp is not null && MetadataProps.Contains(itemProp)))
        {
            return true;
        }

        if (tag is "article" or "main" or "body" || itemProp == "articleBody")
        {
            return false;
        }

        var isChrome = ChromeTags.Contains(tag) || (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role));
        ref readonly var stats = ref tree.WholeStats(index);
        if (isChrome)
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

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }
}
