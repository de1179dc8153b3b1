namespace AiDivide.Monitoring.Storage;

/// <summary>Stories: articles grouped as copies of one text, found through fingerprint band keys.</summary>
public interface IStoryStore
{
    /// <summary>Fingerprints sharing at least one band key, whose time falls in [earliest, latest].</summary>
    Task<IReadOnlyList<StoryFingerprint>> FindStoryCandidatesAsync(IReadOnlyList<long> bandKeys, DateTimeOffset earliest, DateTimeOffset latest, CancellationToken cancellationToken);

    /// <summary>Insert-if-absent on the article key; returns the story the article belongs to (the stored one if it existed).</summary>
    Task<string> AddFingerprintAsync(StoryFingerprint fingerprint, CancellationToken cancellationToken);

    /// <summary>The article keys of a story, first one first.</summary>
    Task<IReadOnlyList<string>> ListStoryArticlesAsync(string storyId, CancellationToken cancellationToken);
}
