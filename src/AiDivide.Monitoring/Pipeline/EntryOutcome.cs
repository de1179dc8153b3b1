namespace AiDivide.Monitoring.Pipeline;

/// <summary>What happened to one feed entry.</summary>
public enum EntryStatus
{
    /// <summary>Processed in an earlier poll (or given up after too many failures).</summary>
    AlreadySeen,

    /// <summary>Leads to an article already stored under another URL or feed.</summary>
    Duplicate,

    NewArticle,

    /// <summary>Could not be fetched this time; recorded and retried at the next poll.</summary>
    Failed,
}

/// <summary>The result of processing one entry, with what it added.</summary>
public sealed record EntryOutcome(EntryStatus Status, int NewMentions = 0, int AlertsQueued = 0)
{
    /// <summary>Why the article's mentions planned no alerts, when they were withheld.</summary>
    public AlertWithholding Withheld { get; init; }

    public static readonly EntryOutcome AlreadySeen = new(EntryStatus.AlreadySeen);
    public static readonly EntryOutcome Failed = new(EntryStatus.Failed);
}
