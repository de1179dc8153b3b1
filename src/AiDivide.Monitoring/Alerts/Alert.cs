using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace AiDivide.Monitoring.Alerts;

/// <summary>A message owed to one recipient (or webhook) about one story, or one digest: the outbox's unit.</summary>
/// <remarks>
/// Carries everything the message needs, so delivery never re-matches the article and an alert
/// composed today reads the same when retried tomorrow. The first entity is also kept in the
/// single-entity fields (<see cref="EntityId"/>, <see cref="Snippet"/>…) that alerts stored by
/// earlier versions have; <see cref="AllEntities"/> reads both shapes.
/// </remarks>
public sealed record Alert
{
    /// <summary>The recipient's address; for a webhook, the webhook's name.</summary>
    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public required string EntityId { get; init; }

    public required string EntityName { get; init; }

    /// <summary>The article alerted about; for a digest, the digest's period id (<see cref="DigestPrefix"/>…).</summary>
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

    public string Channel { get; init; } = AlertChannel.Email;

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every subscribed entity the story names, in reading order. Empty on alerts from before multi-entity mail.</summary>
    public IReadOnlyList<AlertEntity> Entities { get; init; } = [];

    /// <summary>A later entity of a story whose alert was already queued: keyed by entity as well (see docs/alerts.md).</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>Outlets that carried copies of the story; filled in at delivery, when copies have had time to arrive.</summary>
    public IReadOnlyList<string> AlsoReportedBy { get; init; } = [];

    /// <summary>The recipient's IANA zone, for the times printed in the message.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Not to be sent before this (the end of the recipient's quiet hours); null = at once.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Set on digest alerts only: what the digest contains.</summary>
    public Digest? Digest { get; init; }

    public const string DigestPrefix = "digest:";

    [JsonIgnore]
    public IReadOnlyList<AlertEntity> AllEntities =>
        Entities.Count > 0 ? Entities : [new AlertEntity(EntityId, EntityName, MatchedAlias, Snippet, MentionCount)];

    /// <summary>
    /// The idempotency key. A story alert: recipient + story + channel (one message per story, however many
    /// entities it names). A follow-up, or an alert stored by an earlier version: recipient + entity + story + channel.
    /// A digest: recipient + period + channel.
    /// </summary>
    [JsonIgnore]
    public string Key => Digest is not null ? Hash(RecipientEmail, "digest", ArticleKey, Channel)
        : Entities.Count == 0 || IsFollowUp ? KeyFor(RecipientEmail, EntityId, StoryId ?? ArticleKey, Channel)
        : StoryKeyFor(RecipientEmail, StoryId ?? ArticleKey, Channel);

    /// <summary>The key of a follow-up (and of alerts from before multi-entity mail): recipient + entity + story + channel.</summary>
    public static string KeyFor(string recipient, string entityId, string storyId, string channel) =>
        Hash(recipient, entityId, storyId, channel);

    public static string StoryKeyFor(string recipient, string storyId, string channel) => Hash(recipient, "story", storyId, channel);

    private static string Hash(string recipient, string kind, string id, string channel)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{recipient.ToLowerInvariant()}\n{kind}\n{id}\n{channel}"));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
