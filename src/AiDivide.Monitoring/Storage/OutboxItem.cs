using AiDivide.Monitoring.Alerts;

namespace AiDivide.Monitoring.Storage;

/// <summary>An alert in the outbox with its delivery history.</summary>
public sealed record OutboxItem(Alert Alert, OutboxStatus Status, int Attempts, string? LastError, DateTimeOffset? SentAt);
