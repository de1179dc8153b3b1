using System.Text;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Finds the block of a page that holds the article and renders it as plain paragraphs.</summary>
/// <remarks>
/// A first, general method: paragraphs vote for their parent and grandparent by length and
/// punctuation (as Readability does), class and id names weigh in, and link-dense blocks are left
/// out. Site rules may refine it later; they never replace it.
/// </remarks>
internal static class MainTextExtractor
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "hr", "br", "address",
    ];

    public static string Extract(IDocument document)
    {
        var root = document.QuerySelector("[itemprop=articleBody]") ?? BestCandidate(document) ?? document.Body;
        if (root is null)
        {
            return string.Empty;
        }

        var blocks = new List<string>();
        var current = new StringBuilder();
        Render(root, current, blocks);
        Flush(current, blocks);
        return string.Join('\n', blocks);
    }

    private static IElement? BestCandidate(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, blockquote"))
        {
            var text = paragraph.TextContent.Trim();
            if (text.Length < 25)
            {
                continue;
            }

            var score = 1 + text.Count(c => c is ',' or '，' or '。') + Math.Min(text.Length / 100.0, 3);
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2);
                }
            }
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, raw) in scores)
        {
            var weighted = (raw + (BoilerplateFilter.IsPositive(element) ? 5 : 0)) * (1 - LinkDensity(element));
            if (weighted > bestScore)
            {
                best = element;
                bestScore = weighted;
            }
        }

        return best;
    }

    private static void Render(INode node, StringBuilder current, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            if (!BlockTags.Contains(element.LocalName))
            {
                Render(element, current, blocks);
                continue;
            }

            Flush(current, blocks);
            if (element.LocalName is not ("br" or "hr") && LinkDensity(element) <= 0.5)
            {
                Render(element, current, blocks);
                Flush(current, blocks);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = CollapseWhitespace(current);
        current.Clear();
        if (text.Length > 1)
        {
            blocks.Add(text);
        }
    }

    private static string CollapseWhitespace(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return (double)linked / total;
    }
}
