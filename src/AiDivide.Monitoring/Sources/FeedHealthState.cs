namespace AiDivide.Monitoring.Sources;

/// <summary>How a feed is doing, as the status view, the metrics and the operator see it.</summary>
public enum FeedHealthState
{
    /// <summary>Never polled yet.</summary>
    New,

    /// <summary>The last poll succeeded and new entries come about as often as usual.</summary>
    Healthy,

    /// <summary>The last poll failed (and possibly several before it).</summary>
    Failing,

    /// <summary>Polls succeed but no new entry has come for much longer than the feed's usual rhythm.</summary>
    Silent,
}
