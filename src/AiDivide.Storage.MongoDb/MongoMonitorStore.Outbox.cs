using System.Text.Json;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    private static readonly FilterDefinitionBuilder<AlertDocument> AlertFilter = Builders<AlertDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<AlertDocument> AlertUpdate = Builders<AlertDocument>.Update;
    private static readonly int Pending = (int)OutboxStatus.Pending;

    public Task<bool> TryEnqueueAsync(Alert alert, CancellationToken cancellationToken) =>
        TryInsertAsync(alerts, new AlertDocument
        {
            Id = alert.Key,
            Recipient = alert.RecipientEmail,
            EntityId = alert.EntityId,
            ArticleKey = alert.ArticleKey,
            Channel = alert.Channel,
            Payload = JsonSerializer.Serialize(alert),
            Status = Pending,
            NextAttemptAt = Utc(alert.NotBefore ?? alert.CreatedAt),
            CreatedAt = Utc(alert.CreatedAt),
        }, cancellationToken);

    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var due = AlertFilter.Eq(a => a.Status, Pending)
            & AlertFilter.Lte(a => a.NextAttemptAt, Utc(now))
            & (AlertFilter.Eq(a => a.LeaseUntil, null) | AlertFilter.Lte(a => a.LeaseUntil, Utc(now)));
        var take = AlertUpdate.Set(a => a.LeaseOwner, owner).Set(a => a.LeaseUntil, Utc(now + lease));
        var claimed = await claims.ClaimAsync(
            alerts, due, Builders<AlertDocument>.Sort.Ascending(a => a.NextAttemptAt), a => a.Id, a => a.LeaseGeneration, take, max, owner, Utc(now), cancellationToken);
        return [.. claimed.Select(ToItem)];
    }

    public Task MarkSentAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        alerts.UpdateOneAsync(
            AlertFilter.Eq(a => a.Id, key) & AlertFilter.Eq(a => a.Status, Pending),
            AlertUpdate.Set(a => a.Status, (int)OutboxStatus.Sent).Set(a => a.SentAt, Utc(at)).Inc(a => a.Attempts, 1)
                .Set(a => a.LeaseOwner, null).Set(a => a.LeaseUntil, null).Set(a => a.LastError, null),
            cancellationToken: cancellationToken);

    public Task MarkFailedAsync(string key, string owner, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var update = AlertUpdate.Inc(a => a.Attempts, 1).Set(a => a.LastError, reason).Set(a => a.LeaseOwner, null).Set(a => a.LeaseUntil, null);
        update = retryAt is { } at ? update.Set(a => a.NextAttemptAt, Utc(at)) : update.Set(a => a.Status, (int)OutboxStatus.Failed);
        return alerts.UpdateOneAsync(
            AlertFilter.Eq(a => a.Id, key) & AlertFilter.Eq(a => a.Status, Pending) & AlertFilter.Eq(a => a.LeaseOwner, owner),
            update,
            cancellationToken: cancellationToken);
    }

    public async Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken)
    {
        var oldest = await alerts.Find(AlertFilter.Eq(a => a.Status, Pending)).SortBy(a => a.CreatedAt).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return oldest is null ? null : FromUtc(oldest.CreatedAt);
    }

    public Task ReleaseAsync(string key, string owner, CancellationToken cancellationToken) =>
        alerts.UpdateOneAsync(
            AlertFilter.Eq(a => a.Id, key) & AlertFilter.Eq(a => a.LeaseOwner, owner),
            AlertUpdate.Set(a => a.LeaseOwner, null).Set(a => a.LeaseUntil, null),
            cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<OutboxItem>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken)
    {
        var filter = status is { } s ? AlertFilter.Eq(a => a.Status, (int)s) : AlertFilter.Empty;
        var documents = await alerts.Find(filter).SortBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return [.. documents.Select(ToItem)];
    }

    private static OutboxItem ToItem(AlertDocument d) => new(
        JsonSerializer.Deserialize<Alert>(d.Payload)!,
        (OutboxStatus)d.Status,
        d.Attempts,
        d.LastError,
        FromUtc(d.SentAt));
}
