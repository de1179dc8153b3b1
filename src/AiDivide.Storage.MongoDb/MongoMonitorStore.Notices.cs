using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    private static readonly FilterDefinitionBuilder<OperatorNoticeDocument> NoticeFilter = Builders<OperatorNoticeDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<OperatorNoticeDocument> NoticeUpdate = Builders<OperatorNoticeDocument>.Update;

    private IMongoCollection<OperatorNoticeDocument> Notices => Database.GetCollection<OperatorNoticeDocument>("operatorNotices");

    /// <remarks>
    /// The notice document is inserted if absent, then claimed like a feed or an alert through <see cref="LeaseClaims"/>,
    /// so two workers that both see a new problem cannot both win it.
    /// </remarks>
    public async Task<bool> TryClaimNoticeAsync(string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await TryInsertAsync(Notices, new OperatorNoticeDocument { Id = key, CreatedAt = Utc(now) }, cancellationToken);
        var claimable = NoticeFilter.Eq(n => n.Id, key)
            & NoticeFilter.Eq(n => n.SentAt, null)
            & (NoticeFilter.Eq(n => n.LeaseUntil, null) | NoticeFilter.Lte(n => n.LeaseUntil, Utc(now)));
        var take = NoticeUpdate.Set(n => n.LeaseOwner, owner).Set(n => n.LeaseUntil, Utc(now + lease));
        var claimed = await claims.ClaimAsync(
            Notices, claimable, Builders<OperatorNoticeDocument>.Sort.Ascending(n => n.Id), n => n.Id, n => n.LeaseGeneration, take, 1, owner, Utc(now), cancellationToken);
        return claimed.Count == 1;
    }

    public Task MarkNoticeSentAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        Notices.UpdateOneAsync(
            NoticeFilter.Eq(n => n.Id, key) & NoticeFilter.Eq(n => n.LeaseOwner, owner) & NoticeFilter.Eq(n => n.SentAt, null),
            NoticeUpdate.Set(n => n.SentAt, Utc(at)).Set(n => n.LeaseUntil, null),
            cancellationToken: cancellationToken);

    public Task ReleaseNoticeAsync(string key, string owner, CancellationToken cancellationToken) =>
        Notices.UpdateOneAsync(
            NoticeFilter.Eq(n => n.Id, key) & NoticeFilter.Eq(n => n.LeaseOwner, owner) & NoticeFilter.Eq(n => n.SentAt, null),
            NoticeUpdate.Set(n => n.LeaseOwner, null).Set(n => n.LeaseUntil, null),
            cancellationToken: cancellationToken);
}
