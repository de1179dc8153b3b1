namespace AiDivide.Monitoring.Fetching;

/// <summary>What a request is for: it decides the Accept header, the content types taken, and whether robots.txt applies.</summary>
public enum FetchPurpose
{
    /// <summary>A feed the user subscribed to: fetched like a feed reader would, without asking robots.txt.</summary>
    Feed,

    /// <summary>An article page a feed linked to: crawler-like, so robots.txt is honoured.</summary>
    Page,

    /// <summary>A host's robots.txt.</summary>
    Robots,
}
