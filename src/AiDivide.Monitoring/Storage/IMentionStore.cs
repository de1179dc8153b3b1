namespace AiDivide.Monitoring.Storage;

/// <summary>Mentions of tracked entities, one per (entity, story).</summary>
public interface IMentionStore
{
    /// <summary>Insert-if-absent; true when this mention is new.</summary>
    Task<bool> TryAddMentionAsync(MentionRecord mention, CancellationToken cancellationToken);

    Task<IReadOnlyList<MentionRecord>> ListMentionsAsync(string articleKey, CancellationToken cancellationToken);
}
