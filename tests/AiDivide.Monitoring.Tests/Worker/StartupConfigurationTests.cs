using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary>Bad configuration stops the host at start with one message that names the key and the problem.</summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly ScratchDirectory data = new();

    public void Dispose() => data.Dispose();

    private async Task<IReadOnlyList<string>> StartupFailuresAsync(Dictionary<string, string?> overrides)
    {
        overrides.TryAdd("Storage:SqlitePath", data.File("monitor.db"));
        overrides.TryAdd("Delivery:PickupDirectory", data.File("outbox"));
        using var host = MonitorHost.CreateBuilder([], overrides).Build();
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return [];
        }
        catch (Exception ex)
        {
            var failures = MonitorHost.ConfigurationFailures(ex);
            Assert.NotEmpty(failures);
            return failures;
        }
    }

    [Fact]
    public async Task DefaultConfiguration_StartsCleanly() => Assert.Empty(await StartupFailuresAsync([]));

    [Fact]
    public async Task SmtpPortZero_FailsNamingTheKey()
    {
        var failure = Assert.Single(await StartupFailuresAsync(new() { ["Delivery:Smtp:Host"] = "mail.example.org", ["Delivery:Smtp:Port"] = "0" }));
        Assert.Equal("Delivery:Smtp:Port = 0: must be between 1 and 65535.", failure);
    }

    [Fact]
    public async Task UnknownStorageKind_FailsNamingTheKind()
    {
        var failure = Assert.Single(await StartupFailuresAsync(new() { ["Storage:Kind"] = "cassandra" }));
        Assert.StartsWith("Storage:Kind = 'cassandra': unknown storage kind", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchlistThatDoesNotParse_FailsNamingTheFileAndPosition()
    {
        File.WriteAllText(data.File("watchlist.json"), "{ \"entities\": [ { \"id\": \"song-haitao\", ");

        var failure = Assert.Single(await StartupFailuresAsync(new() { ["Matching:WatchlistFile"] = data.File("watchlist.json") }));

        Assert.StartsWith("Matching:WatchlistFile: Watchlist '", failure, StringComparison.Ordinal);
        Assert.Contains("watchlist.json': line 1", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipientWithoutAnAddress_FailsNamingTheRecipient()
    {
        var failures = await StartupFailuresAsync(new() { ["Alerts:Recipients:0:Email"] = "not an address" });
        Assert.Contains("Alerts:Recipients:0:Email 'not an address' is not an email address.", failures);
    }

    [Fact]
    public async Task OperatorSettingsThatCannotWork_FailNamingEachKey()
    {
        var failures = await StartupFailuresAsync(new() { ["Operator:Email"] = "ops", ["Operator:TimeZone"] = "Mars/Olympus", ["Operator:FeedFailingAfter"] = "00:00:00" });

        Assert.Contains("Operator:Email 'ops' is not an email address.", failures);
        Assert.Contains(failures, f => f.StartsWith("Operator:TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Operator:FeedFailingAfter = 00:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadSubscriptionSettings_FailAtStart_EachNamingItsKeyAndValue()
    {
        var failures = await StartupFailuresAsync(new()
        {
            ["Alerts:Recipients:0:TimeZone"] = "Mars/Olympus",
            ["Alerts:Recipients:0:Mode"] = "Daily",
            ["Alerts:Recipients:0:DailyCap"] = "5",
            ["Alerts:Webhooks:0:Name"] = "team chat",
            ["Alerts:Webhooks:0:Url"] = "ftp://hooks.example.org/x",
        });

        Assert.Contains("Alerts:Recipients:0:TimeZone = 'Mars/Olympus': not a known IANA time zone (for example Europe/Berlin, Asia/Shanghai, UTC).", failures);
        Assert.Contains("Alerts:Recipients:0:DailyCap applies to immediate alerts only, but Mode is Daily.", failures);
        Assert.Contains("Alerts:Webhooks:0:Name = 'team chat': give a short name without spaces (it is part of the alert key).", failures);
        Assert.Contains("Alerts:Webhooks:0:Url: must be an absolute http or https URL.", failures);
        Assert.Contains("Alerts:Webhooks:0: subscribes to nothing; list Entities (ids or *), Tags or Topics.", failures);
    }
}
