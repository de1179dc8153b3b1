using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// The few elements metadata is read from (<c>meta</c>, <c>time</c>, microdata, JSON-LD scripts, author links and bylines),
/// gathered in one walk of the document instead of one selector query per convention.
/// </summary>
internal sealed class MarkedElements
{
    public List<IElement> Metas { get; } = [];

    public List<IElement> Times { get; } = [];

    public List<IElement> ItemProps { get; } = [];

    public List<IElement> LinkedDataScripts { get; } = [];

    public List<IElement> Authors { get; } = [];

    public static MarkedElements Gather(IDocument document)
    {
        var marked = new MarkedElements();
        marked.Visit(document.DocumentElement);
        return marked;
    }

    /// <summary>The first element with <c>itemprop</c> <paramref name="name"/>.</summary>
    public IElement? ItemProp(string name) => ItemProps.Find(e => e.GetAttribute("itemprop") == name);

    private void Visit(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            Collect(child);
            Visit(child);
        }
    }

    private void Collect(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                return;
            case "time":
                Times.Add(element);
                break;
            case "script" when element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                LinkedDataScripts.Add(element);
                break;
        }

        // One pass over the (few, pre-filtered) attributes instead of a lookup per name.
        bool hasItemProp = false, isAuthor = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "itemprop":
                    hasItemProp = true;
                    break;
                case "rel":
                    isAuthor |= attribute.Value == "author";
                    break;
                case "class":
                    isAuthor |= IsBylineClass(attribute.Value);
                    break;
            }
        }

        if (hasItemProp)
        {
            ItemProps.Add(element);
        }

        if (isAuthor)
        {
            Authors.Add(element);
        }
    }

    private static bool IsBylineClass(string names) =>
        names.Contains("byline", StringComparison.OrdinalIgnoreCase) || names.Contains("author", StringComparison.OrdinalIgnoreCase);
}
