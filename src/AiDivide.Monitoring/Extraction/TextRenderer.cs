using System.Text;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Renders the article body as plain text, one line per block, skipping ruled-out and clutter blocks.</summary>
internal sealed class TextRenderer(ContentTree tree)
{
    private readonly List<string> blocks = [];
    private readonly StringBuilder current = new();
    private readonly StringBuilder collapsed = new();
    private int linkDepth;
    private int lineChars;
    private int lineLinkChars;

    /// <summary>Renders the elements numbered <paramref name="roots"/> in <paramref name="tree"/>, in that order.</summary>
    public static string Render(List<int> roots, ContentTree tree)
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

    // The DOM gives the text nodes; the tree's numbering follows the same children in the same order, so the
    // next child element's number is the current one's subtree end.
    private void Visit(int index)
    {
        var next = index + 1;
        for (var child = tree.Element(index).FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                Append(text.Data);
            }
            else if (child is IElement)
            {
                var element = next;
                next = tree.End(element);
                if (!tree.IsRemoved(element))
                {
                    VisitElement(element);
                }
            }
        }
    }

    private void VisitElement(int index)
    {
        var tag = tree.Tag(index);
        if (tag is "br" or "hr")
        {
            Flush();
            return;
        }

        if (tag is "td" or "th")
        {
            // A table row reads as one line, its cells separated by spaces.
            Append(" ");
            Visit(index);
            Append(" ");
            return;
        }

        if (!ContentScorer.IsBlock(tag))
        {
            var isLink = tag == "a";
            linkDepth += isLink ? 1 : 0;
            Visit(index);
            linkDepth -= isLink ? 1 : 0;
            return;
        }

        Flush();
        if (!BlockCleaner.IsClutter(index, tree))
        {
            Visit(index);
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

        var text = CollapseWhitespace(current, collapsed);
        // A line that is mostly links is a tag list, a "read next" teaser or a menu left inline.
        var isLinkLine = lineLinkChars * 10 > lineChars * 7;
        current.Clear();
        lineChars = lineLinkChars = 0;
        if (text.Length > 1 && !isLinkLine && !StockPhrases.IsStock(text) && !StockPhrases.IsBylineOrDateline(text))
        {
            blocks.Add(text);
        }
    }

    private static string CollapseWhitespace(StringBuilder text, StringBuilder result)
    {
        result.Clear();
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
