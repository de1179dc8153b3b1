using System.Text;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Renders the article body as plain text, one line per block, skipping ruled-out and clutter blocks.</summary>
internal sealed class TextRenderer(ContentTree tree)
{
    private readonly List<string> blocks = [];
    private readonly StringBuilder current = new();

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
                current.Append(text.Data);
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

        if (!ContentScorer.IsBlock(tag))
        {
            Visit(element);
            return;
        }

        Flush();
        if (!BlockCleaner.IsClutter(element, tree))
        {
            Visit(element);
            Flush();
        }
    }

    private void Flush()
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = CollapseWhitespace(current);
        current.Clear();
        if (text.Length > 1 && !StockPhrases.IsStock(text))
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
