using System.Diagnostics.Metrics;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Monitoring.Tests.Pipeline;

public class MonitorMetricsTests
{
    [Fact]
    public void FeedHealthGauge_ReportsEveryState_WithZeroForEmptyOnes()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var metrics = new MonitorMetrics(factory);
        var observed = new Dictionary<string, int>();
        using var listener = new MeterListener();
        // Only this test's meter: other tests' hosts publish the same instrument names in parallel.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name == "aidivide.feeds.health")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => observed[(string)tags[0].Value!] = value);
        listener.Start();

        metrics.SetFeedHealth([FeedHealthState.Healthy, FeedHealthState.Failing, FeedHealthState.Healthy, FeedHealthState.Silent]);
        listener.RecordObservableInstruments();

        Assert.Equal(new Dictionary<string, int> { ["new"] = 0, ["healthy"] = 2, ["failing"] = 1, ["silent"] = 1 }, observed);
    }
}
