using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Removes the parts of a page that are never article text: chrome, widgets and asides.</summary>
internal static partial class BoilerplateFilter
{
    private const string NonContentTags =
        "script, style, noscript, template, iframe, svg, canvas, form, button, select, input, textarea, nav, header, footer, aside, " +
        "figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";

    // Class and id tokens that name a widget rather than the story; matched as whole tokens.
    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|related|share|sharing|social|comments?|cookies?|consent|newsletter|subscribe|subscription|promo|sidebar|breadcrumbs?|advert|advertisement|ad|ads|banner|popup|modal|recommended|recommendations|more-stories|most-popular|trending|outbrain|taboola|signup|toolbar|pagination|tags|credit|caption)(?:[\s_-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetToken();

    public static void Strip(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NonContentTags).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.LocalName is "html" or "body" or "main" or "article" || element.GetAttribute("itemprop") == "articleBody")
            {
                continue;
            }

            var tokens = $"{element.ClassName} {element.Id}";
            if (WidgetToken().IsMatch(tokens))
            {
                element.Remove();
            }
        }
    }

    public static bool IsPositive(IElement element) => PositiveToken().IsMatch($"{element.ClassName} {element.Id}");

    [GeneratedRegex(@"article|body|content|entry|main|story|text|post", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveToken();
}
