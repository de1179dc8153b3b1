namespace AiDivide.Monitoring.Pipeline;

/// <summary>Whether an article's mentions may alert, and if not, why.</summary>
public enum AlertWithholding
{
    /// <summary>Alerts as usual.</summary>
    None,

    /// <summary>Found on the first poll of a feed whose backlog only seeds the store.</summary>
    Backlog,

    /// <summary>Published (or first seen) longer ago than the maximum article age.</summary>
    TooOld,
}
