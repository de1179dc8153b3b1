using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Fetching;

public class HostGateTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Enter_AdmitsNoMoreThanTheLimitPerHost_AndTheNextWhenOneLeaves()
    {
        var gate = Gate(concurrency: 2, spacing: TimeSpan.Zero);
        var first = await gate.EnterAsync("news.example", CancellationToken.None);
        var second = await gate.EnterAsync("news.example", CancellationToken.None);

        var third = gate.EnterAsync("news.example", CancellationToken.None).AsTask();
        var otherHost = await gate.EnterAsync("other.example", CancellationToken.None);

        Assert.False(third.IsCompleted);
        Assert.True(otherHost.IsAdmitted);
        first.Dispose();
        Assert.True((await third.WaitAsync(TimeSpan.FromSeconds(10))).IsAdmitted);
        second.Dispose();
    }

    [Fact]
    public async Task Enter_SpacesTheStartsOfRequestsToOneHost()
    {
        var gate = Gate(concurrency: 4, spacing: TimeSpan.FromSeconds(1));
        using var first = await gate.EnterAsync("news.example", CancellationToken.None);

        var second = gate.EnterAsync("news.example", CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        using var admitted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(admitted.IsAdmitted);
    }

    [Fact]
    public async Task Enter_KeepsTheSpacingBetweenActualStarts_WhenTimersFireLate()
    {
        var gate = Gate(concurrency: 3, spacing: TimeSpan.FromSeconds(1));
        using var first = await gate.EnterAsync("news.example", CancellationToken.None);
        var second = gate.EnterAsync("news.example", CancellationToken.None).AsTask();
        var third = gate.EnterAsync("news.example", CancellationToken.None).AsTask();

        // Both waiters' timers fire in the same instant, as on a machine too busy to run them on time.
        clock.Advance(TimeSpan.FromSeconds(5));
        var early = await Task.WhenAny(second, third).WaitAsync(TimeSpan.FromSeconds(10));
        var late = early == second ? third : second;
        // Give a wrongly admitted waiter's continuation time to run; a correct one is parked on the fake clock.
        await Task.Delay(100);
        Assert.False(late.IsCompleted, "two requests let out back to back");

        clock.Advance(TimeSpan.FromSeconds(1));
        using var admitted = await late.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(admitted.IsAdmitted);
        (await early).Dispose();
    }

    [Fact]
    public async Task Enter_RefusesAHostHeldBackByRetryAfter_UntilTheTimeHasPassed()
    {
        var gate = Gate(concurrency: 2, spacing: TimeSpan.Zero);
        var until = clock.GetUtcNow().AddMinutes(2);
        gate.HoldUntil("busy.example", until);

        var refused = await gate.EnterAsync("busy.example", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await gate.EnterAsync("busy.example", CancellationToken.None);

        Assert.False(refused.IsAdmitted);
        Assert.Equal(until, refused.HeldUntil);
        Assert.True(later.IsAdmitted);
    }

    [Fact]
    public async Task Enter_SpacesAHostByItsCrawlDelay_WhenLongerThanTheConfiguredSpacing()
    {
        var gate = Gate(concurrency: 4, spacing: TimeSpan.FromSeconds(1));
        gate.SetCrawlDelay("news.example", TimeSpan.FromSeconds(5));
        using var first = await gate.EnterAsync("news.example", CancellationToken.None);

        var second = gate.EnterAsync("news.example", CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        using var admitted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(admitted.IsAdmitted);
        Assert.Equal(TimeSpan.FromSeconds(1), gate.SpacingOf("other.example"));
    }

    [Fact]
    public void SpacingOf_NeverFallsBelowTheConfiguredSpacing_AndReturnsToItWhenTheDelayIsGone()
    {
        var gate = Gate(concurrency: 1, spacing: TimeSpan.FromSeconds(1));

        gate.SetCrawlDelay("news.example", TimeSpan.FromMilliseconds(100));
        Assert.Equal(TimeSpan.FromSeconds(1), gate.SpacingOf("news.example"));
        gate.SetCrawlDelay("news.example", TimeSpan.FromSeconds(8));
        Assert.Equal(TimeSpan.FromSeconds(8), gate.SpacingOf("news.example"));
        gate.SetCrawlDelay("news.example", null);
        Assert.Equal(TimeSpan.FromSeconds(1), gate.SpacingOf("news.example"));
    }

    private HostGate Gate(int concurrency, TimeSpan spacing) =>
        new(Options.Create(new FetchOptions { MaxConcurrentPerHost = concurrency, MinHostSpacing = spacing }), clock);
}
