using AiDivide.Monitoring.Alerts;

namespace AiDivide.Worker.Cli;

/// <summary>The made-up alert <c>send-test-email</c> sends: every part of a real one, clearly marked as a test.</summary>
internal static class SampleAlert
{
    public static Alert For(string email, RecipientOptions? recipient, DateTimeOffset now) => new()
    {
        RecipientEmail = email,
        RecipientName = recipient?.Name,
        TimeZone = recipient?.TimeZone ?? "UTC",
        EntityId = "test",
        EntityName = "AiDivide Monitor",
        ArticleKey = $"test:{now.ToUnixTimeMilliseconds()}",
        StoryId = $"test:{now.ToUnixTimeMilliseconds()}",
        ArticleUrl = new Uri("https://example.org/aidivide-monitor/test-alert"),
        ArticleTitle = "Test alert: your mail settings work",
        SiteName = "Example Newsroom",
        Published = now,
        Snippet = "This is a test from AiDivide Monitor: if you can read it, alerts will reach you the same way.",
        MatchedAlias = "AiDivide Monitor",
        MentionCount = 1,
        Entities = [new AlertEntity("test", "AiDivide Monitor", "AiDivide Monitor", "This is a test from AiDivide Monitor: if you can read it, alerts will reach you the same way.", 1)],
        CreatedAt = now,
    };
}
