using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>Moving up from the laptop: a populated SQLite store copied to MongoDB keeps its history and resends nothing.</summary>
[Collection(MongoServerGroup.Name)]
public sealed class StorageMigrationTests(MongoServer mongo) : NewsroomTest
{
    [Fact]
    public async Task Migrate_SqliteToMongo_KeepsEverything_AndTheNextCycleAlertsNothingOld()
    {
        Uri[] feeds = [Site.UrlOf("feeds/main.xml"), Site.UrlOf("feeds/rdf.xml")];
        var database = "aidivide_migrate_" + Guid.NewGuid().ToString("N")[..8];
        await using (var laptop = await MonitorRig.StartAsync(Data, feeds, Smtp.Port))
        {
            await laptop.PollAsync();
            await laptop.DeliverAsync();
        }

        var sentOnLaptop = Smtp.Messages.Count;
        using var output = new StringWriter();
        Assert.Equal(0, await StorageCommand.MigrateAsync($"sqlite:{Data.File("monitor.db")}", mongo.ConnectionString, database, output, CancellationToken.None));
        Assert.Equal(0, await StorageCommand.MigrateAsync($"sqlite:{Data.File("monitor.db")}", mongo.ConnectionString, database, output, CancellationToken.None));
        Assert.Contains("Copied 0 records", output.ToString(), StringComparison.Ordinal);

        await using var cluster = await MonitorRig.StartAsync(Data, feeds, Smtp.Port, new Dictionary<string, string?>
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
        Assert.Equal(sentOnLaptop, Smtp.Messages.Count);
    }
}
