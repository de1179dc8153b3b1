namespace AiDivide.Monitoring.Alerts;

/// <summary>What a recipient or webhook subscribes to: watchlist entity ids, tags and topics.</summary>
public abstract class SubscriptionOptions
{
    /// <summary>Entity ids from the watchlist; <c>*</c> subscribes to every entity.</summary>
    public List<string> Entities { get; set; } = [];

    /// <summary>Watchlist tags; an entity carrying any of them is subscribed.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Ids of watchlist entities of kind <c>topic</c> (a search query rather than a name).</summary>
    public List<string> Topics { get; set; } = [];

    public bool IsEmpty => Entities.Count == 0 && Tags.Count == 0 && Topics.Count == 0;
}
