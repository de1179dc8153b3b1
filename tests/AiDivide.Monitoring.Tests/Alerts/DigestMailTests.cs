using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using MimeKit;

namespace AiDivide.Monitoring.Tests.Alerts;

/// <summary>A daily digest read back from a real SMTP server: grouped by entity, counted, with trend bars, queued once.</summary>
public sealed class DigestMailTests : NewsroomTest
{
    [Fact]
    public async Task DailyDigest_GroupsStoriesByEntity_WithCountsAndTrendBars_AndIsQueuedOncePerPeriod()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Recipients:0:Mode"] = "Daily",
            ["Alerts:Recipients:0:At"] = "08:00",
            ["Alerts:Recipients:0:TimeZone"] = "Asia/Shanghai",
        };
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml"), Site.UrlOf("feeds/atom.xml"), Site.UrlOf("feeds/rdf.xml")], Smtp.Port, settings);
        await rig.PollAsync();
        await rig.DeliverAsync();
        Assert.DoesNotContain(Smtp.Messages, m => m.To.Mailboxes.Single().Address == "analyst@example.org");

        // The poll ran at 14:00 in Shanghai on 4 Aug; the digest period closes at 08:00 on 5 Aug (00:00 UTC), built after the grace.
        var digests = rig.Services.GetRequiredService<DigestCycle>();
        Assert.Equal(0, await digests.RunOnceAsync(CancellationToken.None));
        rig.Clock.SetUtcNow(new DateTimeOffset(2025, 8, 5, 0, 3, 0, TimeSpan.Zero));
        Assert.Equal(1, await digests.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await digests.RunOnceAsync(CancellationToken.None));
        await rig.DeliverAsync();

        var mail = Assert.Single(Smtp.Messages, m => m.To.Mailboxes.Single().Address == "analyst@example.org");
        Assert.Equal("Daily digest, Tue 5 Aug: 4 stories on Dai Guohao, Infinigence AI and 2 others", mail.Subject);
        Assert.IsType<MultipartAlternative>(mail.Body);
        var html = mail.HtmlBody!;
        // Sections in order of story count, each with its count, a 7-day and a 30-day bar chart of table cells.
        Assert.True(html.IndexOf(">Dai Guohao <span", StringComparison.Ordinal) < html.IndexOf(">Song Haitao <span", StringComparison.Ordinal));
        Assert.Contains(">Amandeep Singh Gill <span style=\"font-size:13px;font-weight:normal;color:#7a8594\">&middot; 1 story</span>", html, StringComparison.Ordinal);
        Assert.Contains("LAST 7 DAYS &middot; 2", html, StringComparison.Ordinal);
        Assert.Contains("LAST 30 DAYS &middot; 1", html, StringComparison.Ordinal);
        Assert.Equal(4 * (7 + 30), Regex.Count(html, "height=\"[0-9]+\" bgcolor=\""));
        Assert.Contains($"<a href=\"{Site.UrlOf("news/gill-compute-gap.html").AbsoluteUri}\"", html, StringComparison.Ordinal);
        Assert.Contains("(Asia/Shanghai)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("== Song Haitao: 1 story (7 days: 1, 30 days: 1)", mail.TextBody, StringComparison.Ordinal);

        var queued = Assert.Single(await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None), i => i.Alert.Digest is not null);
        Assert.Equal($"{queued.Alert.Key}@aidivide-monitor", mail.MessageId);
    }
}
