using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>Moving up from the laptop: a populated SQLite store copied to MongoDB keeps its history and resends nothing.</summary>
[Collection(MongoServerGroup.Name)]
public sealed class StorageMigrationTests(MongoServer mongo) : IAsyncLifetime
{
    private readonly ScratchDirectory data = new();
    private SampleSite site = null!;
    private TestSmtpServer smtp = null!;

    public async Task InitializeAsync()
    {
        site = await SampleSite.StartAsync(TestPaths.Site);
        smtp = await TestSmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await site.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task Migrate_SqliteToMongo_KeepsEverything_AndTheNextCycleAlertsNothingOld()
    {
        Uri[] feeds = [site.UrlOf("feeds/main.xml"), site.UrlOf("feeds/rdf.xml")];
        var database = "aidivide_migrate_" + Guid.NewGuid().ToString("N")[..8];
        await using (var laptop = await MonitorRig.StartAsync(data, feeds, smtp.Port))
        {
            await laptop.PollAsync();
            await laptop.DeliverAsync();
        }

        var sentOnLaptop = smtp.Messages.Count;
        using var output = new StringWriter();
        Assert.Equal(0, await StorageCommand.MigrateAsync($"sqlite:{data.File("monitor.db")}", mongo.ConnectionString, database, output, CancellationToken.None));
        Assert.Equal(0, await StorageCommand.MigrateAsync($"sqlite:{data.File("monitor.db")}", mongo.ConnectionString, database, output, CancellationToken.None));
        Assert.Contains("Copied 0 records", output.ToString(), StringComparison.Ordinal);

        await using var cluster = await MonitorRig.StartAsync(data, feeds, smtp.Port, new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "mongodb",
            ["Storage:MongoConnectionString"] = mongo.ConnectionString,
            ["Storage:MongoDatabase"] = database,
        });
        Assert.Equal(4, await cluster.Store.CountArticlesAsync(CancellationToken.None));
        Assert.Equal(sentOnLaptop, (await cluster.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None)).Count);

        cluster.AdvancePastPollInterval();
        var report = await cluster.PollAsync();
        await cluster.DeliverAsync();

        Assert.Equal(2, report.FeedsPolled);
        Assert.Equal(0, report.NewArticles);
        Assert.Equal(sentOnLaptop, smtp.Messages.Count);
    }
}
