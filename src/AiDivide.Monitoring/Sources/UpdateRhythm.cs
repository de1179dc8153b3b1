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

    /// <summary>The rhythm to schedule by after a poll that found nothing new: the stored one, grown by the silence so far.</summary>
    /// <remarks>
    /// The time since the last new entry counts as evidence: it is what the next observation will be at
    /// least, whenever the next entry comes. So a quiet feed is scheduled by the rhythm it would have if an
    /// entry arrived now, <c>rhythm + (quiet - rhythm) / 3</c>, once the quiet has outlasted the rhythm.
    /// It is not stored: the stored rhythm stays what the feed's entries showed (feed health measures
    /// silence against it), and the first new entry brings the schedule straight back to it.
    /// </remarks>
    /// <param name="rhythm">The stored rhythm; null (unknown) is returned as is.</param>
    /// <param name="lastNewItemAt">When a poll last found a new entry; null is returned as is.</param>
    public static TimeSpan? WhileQuiet(TimeSpan? rhythm, DateTimeOffset? lastNewItemAt, DateTimeOffset now)
    {
        if (rhythm is not { } known || lastNewItemAt is null)
        {
            return rhythm;
        }

        var quiet = now - lastNewItemAt.Value;
        return quiet <= known ? known : known + ((quiet - known) * Smoothing);
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
