using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>Which articles may alert: a new feed's backlog and articles past the maximum age are withheld.</summary>
public sealed class AlertEligibilityTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 4, 6, 0, 0, TimeSpan.Zero);

    private static readonly FeedState NewFeed = new() { Id = "f", Url = new Uri("https://example.org/rss"), Title = "f", NextPollAt = Now };

    private static readonly FeedState KnownFeed = NewFeed with { LastSuccessAt = Now.AddMinutes(-15) };

    [Fact]
    public void FirstPoll_UnderSeed_IsWithheldAsBacklog()
    {
        var rules = new AlertEligibility(BacklogPolicy.Seed, null);

        Assert.Equal(AlertWithholding.Backlog, rules.Judge(NewFeed, Now.AddHours(-1), Now, Now));
        Assert.Equal(AlertWithholding.None, rules.Judge(KnownFeed, Now.AddHours(-1), Now, Now));
    }

    [Fact]
    public void FirstPoll_UnderAlert_Alerts()
    {
        var rules = new AlertEligibility(BacklogPolicy.Alert, null);

        Assert.Equal(AlertWithholding.None, rules.Judge(NewFeed, Now.AddDays(-30), Now, Now));
    }

    [Fact]
    public void ArticleOlderThanTheMaxAge_IsWithheldAsTooOld_ByItsPublishedDate()
    {
        var rules = new AlertEligibility(BacklogPolicy.Seed, TimeSpan.FromDays(2));

        Assert.Equal(AlertWithholding.TooOld, rules.Judge(KnownFeed, Now.AddDays(-3), Now, Now));
        Assert.Equal(AlertWithholding.None, rules.Judge(KnownFeed, Now.AddDays(-1), Now, Now));
    }

    [Fact]
    public void ArticleWithoutADate_IsAgedFromWhenItWasFirstSeen()
    {
        var rules = new AlertEligibility(BacklogPolicy.Alert, TimeSpan.FromDays(2));

        Assert.Equal(AlertWithholding.TooOld, rules.Judge(KnownFeed, null, Now.AddDays(-3), Now));
        Assert.Equal(AlertWithholding.None, rules.Judge(KnownFeed, null, Now.AddHours(-1), Now));
    }

    [Fact]
    public void FeedSettings_OverrideTheDefaults_WhereTheyAreSet()
    {
        var defaults = new SourcesOptions { FirstPollBacklog = BacklogPolicy.Seed, MaxArticleAge = TimeSpan.FromDays(7) };
        var feed = new FeedDefinition("f", new Uri("https://example.org/rss"), "f") { Backlog = BacklogPolicy.Alert };

        Assert.Equal(new AlertEligibility(BacklogPolicy.Alert, TimeSpan.FromDays(7)), AlertEligibility.For(feed, defaults));
        Assert.Equal(new AlertEligibility(BacklogPolicy.Seed, TimeSpan.FromDays(7)), AlertEligibility.For(null, defaults));
    }

    [Fact]
    public void DefaultBacklogPolicy_IsSeed() => Assert.Equal(BacklogPolicy.Seed, new SourcesOptions().FirstPollBacklog);
}
