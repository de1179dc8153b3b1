namespace AiDivide.Monitoring.Sources;

/// <summary>What the entries a feed already carries on its first poll do: seed the store, or alert like new ones.</summary>
public enum BacklogPolicy
{
    /// <summary>Store the backlog's articles, stories and mentions but alert nobody: only entries that appear later alert.</summary>
    Seed,

    /// <summary>Treat the backlog like news: every mention in it alerts.</summary>
    Alert,
}
