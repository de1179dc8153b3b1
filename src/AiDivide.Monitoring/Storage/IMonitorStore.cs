namespace AiDivide.Monitoring.Storage;

/// <summary>The whole storage port: what an adapter (SQLite, MongoDB) implements.</summary>
public interface IMonitorStore : IFeedStore, IEntryStore, IArticleStore, IMentionStore, IAlertOutbox, IAlertHistory, IStoryStore, IStoreTransfer, IOperatorNoticeLog
{
    /// <summary>Creates tables or collections and indexes; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>A cheap round trip, for readiness checks.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
