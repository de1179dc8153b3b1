using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>The metadata sources of one parsed page, each read once: meta tags, JSON-LD and marked elements.</summary>
internal sealed class PageMetadata
{
    public PageMetadata(IDocument document)
    {
        Marked = MarkedElements.Gather(document);
        Meta = new MetaTags(Marked.Metas);
        LinkedData = LinkedData.Read(Marked);
    }

    public MetaTags Meta { get; }

    public MarkedElements Marked { get; }

    public LinkedData LinkedData { get; }
}
