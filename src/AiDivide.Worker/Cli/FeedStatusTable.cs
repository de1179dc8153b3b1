using System.Globalization;
using System.Text;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Worker.Cli;

/// <summary>The text table of <c>feeds status</c>: one line per feed, failing and silent ones first.</summary>
internal static class FeedStatusTable
{
    private const int ErrorWidth = 60;

    public static string Render(IReadOnlyList<(FeedState Feed, FeedHealth Health)> rows, DateTimeOffset now)
    {
        string[] header = ["feed", "state", "last success", "failures", "last error", "next poll"];
        var lines = rows
            .OrderBy(r => r.Health.State switch { FeedHealthState.Failing => 0, FeedHealthState.Silent => 1, FeedHealthState.New => 2, _ => 3 })
            .ThenBy(r => r.Feed.Id, StringComparer.Ordinal)
            .Select(r => new[]
            {
                r.Feed.Id,
                State(r.Health),
                Time(r.Feed.LastSuccessAt) ?? "never",
                r.Feed.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture),
                Shorten(r.Feed.LastError) ?? "",
                r.Feed.NextPollAt <= now ? "due" : Time(r.Feed.NextPollAt)!,
            })
            .ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => lines.Select(l => l[i].Length).Append(header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var line in lines.Prepend(header))
        {
            text.AppendLine(string.Join("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        var counts = rows.GroupBy(r => r.Health.State).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        text.Append(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} feeds: {string.Join(", ", counts)}"));
        return text.ToString();
    }

    private static string State(FeedHealth health) => health.State switch
    {
        FeedHealthState.Failing => $"failing since {Time(health.Since)}",
        FeedHealthState.Silent => $"silent since {Time(health.Since)}",
        FeedHealthState.New => "new",
        _ => "healthy",
    };

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string? Shorten(string? error) =>
        error is null ? null : error.ReplaceLineEndings(" ") is var flat && flat.Length > ErrorWidth ? flat[..(ErrorWidth - 1)] + "…" : flat;
}
