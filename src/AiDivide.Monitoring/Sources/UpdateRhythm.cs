namespace AiDivide.Monitoring.Sources;

/// <summary>Learns how often a feed publishes: a smoothed interval between new entries.</summary>
/// <remarks>
/// The first time a feed shows entries, its rhythm is seeded from their own dates (the median gap
/// between consecutive ones), since every entry of a first poll is "new" and says nothing about
/// timing. After that, each poll that finds <c>n</c> new entries observes
/// <c>(now - last new entry) / n</c> and moves the estimate a third of the way towards it: one
/// burst or one quiet week shifts the schedule without taking it over.
/// </remarks>
public static class UpdateRhythm
{
    /// <summary>Weight of a new observation in the smoothed interval.</summary>
    public const double Smoothing = 1.0 / 3;

    private const int SeedSample = 20;

    /// <summary>The rhythm after a successful poll; unchanged when it found nothing new.</summary>
    /// <param name="previous">The stored rhythm, or null.</param>
    /// <param name="lastNewItemAt">When a poll last found a new entry, or null if none ever did.</param>
    /// <param name="newEntries">Entries this poll saw for the first time.</param>
    /// <param name="entryDates">Published (or updated) dates of the feed's entries, for seeding.</param>
    public static TimeSpan? Next(TimeSpan? previous, DateTimeOffset? lastNewItemAt, int newEntries, IEnumerable<DateTimeOffset> entryDates, DateTimeOffset now)
    {
        if (newEntries <= 0)
        {
            return previous;
        }

        if (lastNewItemAt is null)
        {
            return previous ?? Seed(entryDates, now);
        }

        var observed = (now - lastNewItemAt.Value) / newEntries;
        if (observed <= TimeSpan.Zero)
        {
            return previous;
        }

        return previous is null ? observed : (observed * Smoothing) + (previous.Value * (1 - Smoothing));
    }

    /// <summary>The median gap between the newest entries' distinct dates (future dates ignored); null with fewer than two.</summary>
    public static TimeSpan? Seed(IEnumerable<DateTimeOffset> entryDates, DateTimeOffset now)
    {
        var dates = entryDates.Where(d => d <= now).Distinct().OrderDescending().Take(SeedSample).ToList();
        if (dates.Count < 2)
        {
            return null;
        }

        var gaps = dates.Zip(dates.Skip(1), (newer, older) => newer - older).Order().ToList();
        return gaps[gaps.Count / 2];
    }
}
