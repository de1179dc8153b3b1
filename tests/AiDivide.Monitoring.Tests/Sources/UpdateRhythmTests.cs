using AiDivide.Monitoring.Sources;

namespace AiDivide.Monitoring.Tests.Sources;

public class UpdateRhythmTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FirstEntries_SeedTheRhythmFromTheMedianGapBetweenTheirDates()
    {
        DateTimeOffset[] dates = [Now.AddHours(-1), Now.AddHours(-3), Now.AddHours(-4), Now.AddHours(-12), Now.AddHours(-14)];

        Assert.Equal(TimeSpan.FromHours(2), UpdateRhythm.Next(null, null, dates.Length, dates, Now));
    }

    [Fact]
    public void Seed_IgnoresFutureAndRepeatedDates_AndNeedsTwo()
    {
        Assert.Null(UpdateRhythm.Seed([Now.AddHours(-1), Now.AddHours(-1), Now.AddDays(3)], Now));
        Assert.Equal(TimeSpan.FromMinutes(30), UpdateRhythm.Seed([Now.AddDays(2), Now.AddMinutes(-30), Now.AddMinutes(-60)], Now));
    }

    [Fact]
    public void NewEntries_MoveTheRhythmAThirdOfTheWayTowardsWhatWasObserved()
    {
        // Three new entries two hours after the last: one per 40 minutes, against a usual 100.
        var next = UpdateRhythm.Next(TimeSpan.FromMinutes(100), Now.AddHours(-2), 3, [], Now);

        Assert.Equal(80, next!.Value.TotalMinutes, 6);
    }

    [Fact]
    public void APollWithNothingNew_LeavesTheRhythmAsItWas()
    {
        Assert.Equal(TimeSpan.FromMinutes(100), UpdateRhythm.Next(TimeSpan.FromMinutes(100), Now.AddDays(-2), 0, [], Now));
    }

    [Fact]
    public void RepeatedObservations_ConvergeOnTheFeedsRealPace()
    {
        TimeSpan? rhythm = TimeSpan.FromHours(6);
        var last = Now;
        for (var poll = 1; poll <= 20; poll++)
        {
            var at = Now.AddMinutes(20 * poll);
            rhythm = UpdateRhythm.Next(rhythm, last, 1, [], at);
            last = at;
        }

        Assert.InRange(rhythm!.Value, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(21));
    }

    [Fact]
    public void WhileQuiet_GrowsByAThirdOfTheSilenceBeyondTheRhythm()
    {
        // Usual pace one an hour; nothing for seven hours: scheduled as if an entry came now, 60 + (420 - 60) / 3.
        Assert.Equal(180, UpdateRhythm.WhileQuiet(TimeSpan.FromHours(1), Now.AddHours(-7), Now)!.Value.TotalMinutes, 6);
        Assert.Equal(TimeSpan.FromHours(1), UpdateRhythm.WhileQuiet(TimeSpan.FromHours(1), Now.AddMinutes(-40), Now));
    }

    [Fact]
    public void WhileQuiet_WithoutAKnownRhythmOrEntry_ChangesNothing()
    {
        Assert.Null(UpdateRhythm.WhileQuiet(null, Now.AddDays(-3), Now));
        Assert.Equal(TimeSpan.FromHours(1), UpdateRhythm.WhileQuiet(TimeSpan.FromHours(1), null, Now));
    }
}
