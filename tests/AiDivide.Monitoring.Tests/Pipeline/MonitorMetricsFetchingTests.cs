using System.Diagnostics.Metrics;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Monitoring.Tests.Pipeline;

public class MonitorMetricsFetchingTests
{
    [Fact]
    public void FetchCounters_AreExportedOnTheMonitorMeter_ByPurposeOutcomeAndStage()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var counters = new FetchCounters();
        _ = new MonitorMetrics(factory, counters);
        counters.CountFetch(FetchPurpose.Feed, FetchOutcome.NotModified);
        counters.CountFetch(FetchPurpose.Feed, FetchOutcome.NotModified);
        counters.CountFetch(FetchPurpose.Page, FetchOutcome.NotSent);
        counters.CountRobotsRefusal();
        counters.CountHostHeldBack();
        counters.Add(new FetchAccount { WireBytes = 300, BodyBytes = 1200 });
        var observed = new Dictionary<string, long>();
        using var listener = new MeterListener();
        // Only this test's meter: other tests' hosts publish the same instrument names in parallel.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name.StartsWith("aidivide.fetch.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            observed[string.Join('/', [instrument.Name, .. tags.ToArray().Select(t => t.Value)])] = value);
        listener.Start();

        listener.RecordObservableInstruments();

        Assert.Equal(2, observed["aidivide.fetch.requests/feed/not_modified"]);
        Assert.Equal(1, observed["aidivide.fetch.requests/page/not_sent"]);
        Assert.Equal(0, observed["aidivide.fetch.requests/robots/success"]);
        Assert.Equal(300, observed["aidivide.fetch.bytes/wire"]);
        Assert.Equal(1200, observed["aidivide.fetch.bytes/decoded"]);
        Assert.Equal(1, observed["aidivide.fetch.hosts_held_back"]);
        Assert.Equal(1, observed["aidivide.fetch.robots_refusals"]);
    }
}
