namespace AiDivide.Monitoring.Storage;

/// <summary>An article's text fingerprint and the story it was assigned to.</summary>
/// <param name="At">When the article appeared (published, else fetched): candidates are searched in a window around it.</param>
public sealed record StoryFingerprint(string ArticleKey, string StoryId, DateTimeOffset At, byte[] Signature, IReadOnlyList<long> BandKeys)
{
    /// <summary>This fingerprint with its band keys recomputed from the signature (records copied between stores carry none).</summary>
    public StoryFingerprint WithBandKeys()
    {
        var fingerprint = Dedup.TextFingerprint.FromBytes(Signature);
        return this with { BandKeys = fingerprint.IsEmpty ? [] : fingerprint.BandKeys() };
    }
}
