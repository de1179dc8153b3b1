using System.Text.Json;
using System.Text.RegularExpressions;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Tests.Alerts;

/// <summary>
/// The two sample emails behind docs/alert-immediate.png and docs/alert-digest.png: realistic stored alerts
/// (TestData/Alerts, read as the outbox stores them) composed as they would be sent.
/// </summary>
/// <remarks>
/// Each test also writes the HTML part to bin/…/RenderedMail/, which is what the screenshots are taken from
/// (docs/alerts.md, "Screenshots"), so the pictures show exactly what these tests check.
/// </remarks>
public sealed class SampleMailTests
{
    private static readonly AlertMessageComposer Composer = new(Options.Create(new DeliveryOptions()));

    [Fact]
    public void SampleImmediateAlert_NamesEveryEntity_ItsOutletAndHost_TheCopies_AndTheTimeInTheReadersZone()
    {
        var mail = Composer.Compose(Load("immediate-alert.json"));
        var html = Render(mail, "alert-immediate.html");

        // Who and where first; the title is cut at a word so the subject stays within 160 characters.
        Assert.StartsWith("Song Haitao, World Artificial Intelligence Conference and Shanghai AI Laboratory in Pudong Ledger: Open labs pledge", mail.Subject, StringComparison.Ordinal);
        Assert.EndsWith("…", mail.Subject, StringComparison.Ordinal);
        Assert.InRange(mail.Subject!.Length, 1, 160);
        // 06:40 UTC is 07:40 in Berlin in December (CET); the dateline names the article's own host, not a test server.
        Assert.Contains("Published Fri 4 Dec 2026, 07:40 (Europe/Berlin) · www.pudongledger.com", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Published Fri 4 Dec 2026, 07:40 (Europe/Berlin) &#183; www.pudongledger.com", html, StringComparison.Ordinal);
        Assert.Contains("Also reported by Asia Policy Wire, The Harbour Times", html, StringComparison.Ordinal);
        Assert.Contains("Also reported by Asia Policy Wire, The Harbour Times", mail.TextBody, StringComparison.Ordinal);
        foreach (var alias in new[] { "Song Haitao", "WAIC", "Shanghai AI Lab" })
        {
            Assert.Contains($"padding:0 2px\">{alias}</strong>", html, StringComparison.Ordinal);
        }

        Assert.Contains("named 3 times", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.pudongledger.com/tech/2026/12/04/open-labs-pledge-to-share-compute-with-developing-economies\"", html, StringComparison.Ordinal);
        AssertMailClientSafe(html);
    }

    [Fact]
    public void SampleDigest_GroupsStoriesByEntity_MostFirst_WithCopiesCountsAndTrendBars()
    {
        var mail = Composer.Compose(Load("digest-alert.json"));
        var html = Render(mail, "alert-digest.html");

        // Five stories across three entities: the pledge story is listed under all three but counted once.
        Assert.Equal("Daily digest, Fri 4 Dec: 4 stories on World Artificial Intelligence Conference, Song Haitao and Shanghai AI Laboratory", mail.Subject);
        var waic = html.IndexOf(">World Artificial Intelligence Conference <span", StringComparison.Ordinal);
        var song = html.IndexOf(">Song Haitao <span", StringComparison.Ordinal);
        var lab = html.IndexOf(">Shanghai AI Laboratory <span", StringComparison.Ordinal);
        Assert.True(waic > 0 && waic < song && song < lab, "sections are ordered by story count");
        Assert.Contains("LAST 7 DAYS &middot; 8", html, StringComparison.Ordinal);
        Assert.Contains("LAST 30 DAYS &middot; 21", html, StringComparison.Ordinal);
        // A bar is a table cell with a height and a colour (no image); the 30-day chart is labelled by its first and last day.
        Assert.Equal(3 * (7 + 30), Regex.Count(html, "height=\"[0-9]+\" bgcolor=\""));
        Assert.Equal(3, Regex.Count(html, ">5 Nov</td><td align=\"right\"[^>]*>4 Dec</td>"));
        Assert.Contains("Pudong Ledger &middot; Fri 4 Dec 2026, 07:40 (Europe/Berlin) &middot; also Asia Policy Wire, The Harbour Times", html, StringComparison.Ordinal);
        Assert.Contains("Thu 3 Dec 2026, 08:00 (Europe/Berlin) to Fri 4 Dec 2026, 08:00 (Europe/Berlin)", mail.TextBody, StringComparison.Ordinal);
        AssertMailClientSafe(html);
    }

    private static Alert Load(string name) =>
        JsonSerializer.Deserialize<Alert>(File.ReadAllText(TestPaths.TestData("Alerts", name)))!;

    private static string Render(MimeMessage mail, string file)
    {
        var html = mail.HtmlBody!;
        var folder = Path.Combine(AppContext.BaseDirectory, "RenderedMail");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), html);
        return html;
    }

    /// <summary>What Gmail and Outlook strip or block: style blocks, scripts, external images, classes, non-https links.</summary>
    private static void AssertMailClientSafe(string html)
    {
        foreach (var banned in new[] { "<style", "<script", "<img", "<link", "class=\"", "http://", "position:", "display:flex", "display:grid" })
        {
            Assert.DoesNotContain(banned, html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
