using System.Security.Cryptography;
using System.Text;

namespace AiDivide.Monitoring.Alerts;

/// <summary>A message owed to one recipient about one entity in one article: the outbox's unit.</summary>
/// <remarks>
/// Carries everything the email needs, so delivery never re-reads the article and an alert
/// composed today reads the same when retried tomorrow.
/// </remarks>
public sealed record Alert
{
    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public required string EntityId { get; init; }

    public required string EntityName { get; init; }

    public required string ArticleKey { get; init; }

    /// <summary>The story the article belongs to; copies of one story share it, so they share alerts.</summary>
    public string? StoryId { get; init; }

    public required Uri ArticleUrl { get; init; }

    public required string ArticleTitle { get; init; }

    public string? SiteName { get; init; }

    public DateTimeOffset? Published { get; init; }

    public required string Snippet { get; init; }

    public required string MatchedAlias { get; init; }

    public int MentionCount { get; init; }

    public string Channel { get; init; } = "email";

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The idempotency key: recipient + entity + story + channel.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => KeyFor(RecipientEmail, EntityId, StoryId ?? ArticleKey, Channel);

    public static string KeyFor(string recipient, string entityId, string storyId, string channel)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{recipient.ToLowerInvariant()}\n{entityId}\n{storyId}\n{channel}"));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
