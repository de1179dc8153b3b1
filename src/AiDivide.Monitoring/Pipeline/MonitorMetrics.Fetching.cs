using System.Diagnostics.Metrics;
using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>The fetcher's counters on the monitor's meter.</summary>
/// <remarks>
/// Observed rather than recorded: <see cref="FetchCounters"/> is the fetcher's own tally (tests and the
/// benchmark read it without a meter), and an observable counter reports its running total at each scrape.
/// </remarks>
public sealed partial class MonitorMetrics
{
    private static readonly FetchPurpose[] Purposes = Enum.GetValues<FetchPurpose>();
    private static readonly FetchOutcome[] Outcomes = Enum.GetValues<FetchOutcome>();

    private static void ObserveFetching(Meter meter, FetchCounters counters)
    {
        meter.CreateObservableCounter("aidivide.fetch.requests", () => ObserveFetches(counters), "{request}", "Fetches (redirects included), by purpose (feed, page, robots) and outcome (success, not_modified, http_error, failed, not_sent)");
        meter.CreateObservableCounter("aidivide.fetch.http_requests", () => counters.Requests, "{request}", "HTTP requests sent: every redirect hop and robots.txt counted");
        meter.CreateObservableCounter("aidivide.fetch.bytes", () => ObserveBytes(counters), "By", "Response bytes, by stage (wire: as received, before decompression; decoded: held after decompression)");
        meter.CreateObservableCounter("aidivide.fetch.hosts_held_back", () => counters.HostsHeldBack, "{hold}", "Times a host answering 429/503 with Retry-After was held back");
        meter.CreateObservableCounter("aidivide.fetch.robots_refusals", () => counters.RobotsRefusals, "{page}", "Article pages not fetched because robots.txt disallows them");
    }

    private static IEnumerable<Measurement<long>> ObserveFetches(FetchCounters counters) =>
        from purpose in Purposes
        from outcome in Outcomes
        select new Measurement<long>(
            counters.Fetches(purpose, outcome),
            new KeyValuePair<string, object?>("purpose", purpose.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("outcome", OutcomeTag(outcome)));

    private static IEnumerable<Measurement<long>> ObserveBytes(FetchCounters counters) =>
    [
        new(counters.WireBytes, new KeyValuePair<string, object?>("stage", "wire")),
        new(counters.BodyBytes, new KeyValuePair<string, object?>("stage", "decoded")),
    ];

    private static string OutcomeTag(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.NotModified => "not_modified",
        FetchOutcome.HttpError => "http_error",
        FetchOutcome.NotSent => "not_sent",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
