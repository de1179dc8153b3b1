using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Runs CodeHollow.FeedReader on a document we already checked, repaired and reshaped.</summary>
/// <remarks>
/// FeedReader only ever sees text we produced: no DOCTYPE (it would process one), no bytes to
/// guess an encoding from, nothing to download. Its dates are not used: it parses them with the
/// current culture and time zone.
/// </remarks>
internal static class WellFormedFeedReader
{
    /// <summary>FeedReader's items paired with their elements, or null with the reason it could not read the document.</summary>
    public static (string? Title, List<(XElement Element, FeedItem Item)>? Items) TryRead(string xml, out string? failure)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
#pragma warning disable CA1031 // FeedReader throws NullReferenceException, bare Exception and others on shapes it does not expect; we read those ourselves.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            failure = $"{ex.GetType().Name}: {ex.Message}";
            return (null, null);
        }

        var items = new List<(XElement, FeedItem)>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            if (item.SpecificItem?.Element is not { } element)
            {
                failure = "FeedReader returned an item without its element";
                return (feed.Title, null);
            }

            items.Add((element, item));
        }

        failure = null;
        return (feed.Title, items);
    }
}
