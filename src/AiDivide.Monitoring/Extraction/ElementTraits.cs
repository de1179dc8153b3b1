using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>What an element's tag and attributes say about it, read once per page (every pass asks again).</summary>
[Flags]
internal enum ElementTraits
{
    None = 0,

    /// <summary>Never article text: code, controls, media, hidden, or a microdata date or name shown beside the story.</summary>
    NeverText = 1,

    /// <summary>Marked as the story itself: <c>article</c>, <c>main</c>, <c>itemprop=articleBody</c>.</summary>
    StoryRoot = 2,

    /// <summary>Page chrome by tag or ARIA role: navigation, asides, headers, footers, forms, figures.</summary>
    Chrome = 4,

    /// <summary>Carries <c>itemprop=articleBody</c>.</summary>
    ArticleBody = 8,

    /// <summary>Set once the traits have been read.</summary>
    Read = 16,
}

/// <summary>Reads an element's <see cref="ElementTraits"/> in one pass over its attributes.</summary>
internal static class ElementTraitReader
{
    private static readonly HashSet<string> NeverTextTags =
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

    public static ElementTraits Read(IElement element)
    {
        string? itemProp = null, role = null, style = null;
        var hidden = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "itemprop":
                    itemProp = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "style":
                    style = attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "aria-hidden":
                    hidden |= attribute.Value == "true";
                    break;
            }
        }

        var tag = element.LocalName;
        var traits = ElementTraits.Read | (itemProp == "articleBody" ? ElementTraits.ArticleBody : ElementTraits.None);
        if (NeverTextTags.Contains(tag) || hidden || IsHiddenByStyle(style) || (itemProp is not null && MetadataProps.Contains(itemProp)))
        {
            return traits | ElementTraits.NeverText;
        }

        if (tag is "article" or "main" or "body" || itemProp == "articleBody")
        {
            return traits | ElementTraits.StoryRoot;
        }

        return ChromeTags.Contains(tag) || (role is not null && ChromeRoles.Contains(role)) ? traits | ElementTraits.Chrome : traits;
    }

    private static bool IsHiddenByStyle(string? style) =>
        style is not null
        && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
}
