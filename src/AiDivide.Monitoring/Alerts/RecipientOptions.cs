namespace AiDivide.Monitoring.Alerts;

/// <summary>One person who receives alerts, and what they subscribe to.</summary>
public sealed class RecipientOptions
{
    public string Email { get; set; } = string.Empty;

    public string? Name { get; set; }

    /// <summary>Entity ids from the watchlist; <c>*</c> subscribes to every entity.</summary>
    public List<string> Entities { get; set; } = [];

    /// <summary>Watchlist tags; an entity carrying any of them is subscribed.</summary>
    public List<string> Tags { get; set; } = [];
}
