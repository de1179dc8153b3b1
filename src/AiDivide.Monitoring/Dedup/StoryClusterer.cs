using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Dedup;

/// <summary>Assigns an article to the story of an earlier near-copy (syndication), or starts a new story.</summary>
/// <remarks>
/// Candidates come from the band index (sub-linear), within a time window; each is confirmed by
/// the estimated Jaccard similarity of the full signatures, and the most similar one wins. The
/// assignment is stored insert-if-absent under the article key, so re-running it after a crash
/// returns the same story. Within one process, look-up and insert run one article at a time:
/// a wire story usually arrives through several feeds refreshed in parallel, and two copies
/// assigned at the same instant would otherwise each start a story.
/// </remarks>
public sealed class StoryClusterer(IStoryStore stories, IOptions<DedupOptions> options) : IDisposable
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<StoryAssignment> AssignAsync(string articleKey, Article article, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        // The signature is pure computation: only the look-up and the insert need to be serialised.
        var fingerprint = TextFingerprint.Of(article.Text);
        var at = article.Published is { } published && published <= fetchedAt ? published : fetchedAt;
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await AssignOneAsync(articleKey, fingerprint, at, cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public void Dispose() => oneAtATime.Dispose();

    private async Task<StoryAssignment> AssignOneAsync(string articleKey, TextFingerprint fingerprint, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var bands = fingerprint.BandKeys();
        StoryFingerprint? best = null;
        var bestSimilarity = 0.0;
        if (!fingerprint.IsEmpty)
        {
            foreach (var candidate in await stories.FindStoryCandidatesAsync(bands, at - settings.StoryWindow, at + settings.StoryWindow, cancellationToken))
            {
                var similarity = fingerprint.Similarity(TextFingerprint.FromBytes(candidate.Signature));
                if (candidate.ArticleKey != articleKey && similarity >= settings.SameStoryThreshold && similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (candidate, similarity);
                }
            }
        }

        var storyId = best?.StoryId ?? articleKey;
        var stored = await stories.AddFingerprintAsync(new StoryFingerprint(articleKey, storyId, at, fingerprint.ToBytes(), fingerprint.IsEmpty ? [] : bands), cancellationToken);
        return new StoryAssignment(stored, stored == articleKey, bestSimilarity);
    }
}
