using System.Text;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Renders the article body as plain text, one line per block, skipping ruled-out and clutter blocks.</summary>
internal sealed class TextRenderer(ContentTree tree)
{
    private readonly List<string> blocks = [];
    private readonly StringBuilder current = new();
    private int linkDepth;
    private int lineChars;
    private int lineLinkChars;

    public static string Render(IEnumerable<IElement> roots, ContentTree tree)
    {
        var renderer = new TextRenderer(tree);
        foreach (var root in roots)
        {
            renderer.Flush();
            renderer.Visit(root);
        }

        renderer.Flush();
        return string.Join('\n', renderer.blocks);
    }

    private void Visit(INode node)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                Append(text.Data);
            }
            else if (child is IElement element && !tree.Removed.Contains(element))
            {
                VisitElement(element);
            }
        }
    }

    private void VisitElement(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "br" or "hr")
        {
            Flush();
            return;
        }

        if (tag is "td" or "th")
        {
            // A table row reads as one line, its cells separated by spaces.
            Append(" ");
            Visit(element);
            Append(" ");
            return;
        }

        if (!ContentScorer.IsBlock(tag))
        {
            var isLink = tag == "a";
            linkDepth += isLink ? 1 : 0;
            Visit(element);
            linkDepth -= isLink ? 1 : 0;
            return;
        }

        Flush();
        if (!BlockCleaner.IsClutter(element, tree))
        {
            Visit(element);
            Flush();
        }
    }

    private void Append(string data)
    {
        current.Append(data);
        var chars = 0;
        foreach (var c in data)
        {
            chars += char.IsWhiteSpace(c) ? 0 : 1;
        }

        lineChars += chars;
        lineLinkChars += linkDepth > 0 ? chars : 0;
    }

    private void Flush()
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = CollapseWhitespace(current);
        // A line that is mostly links is a tag list, a "read next" teaser or a menu left inline.
        var isLinkLine = lineLinkChars * 10 > lineChars * 7;
        current.Clear();
        lineChars = lineLinkChars = 0;
        if (text.Length > 1 && !isLinkLine && !StockPhrases.IsStock(text) && !StockPhrases.IsBylineOrDateline(text))
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
}
