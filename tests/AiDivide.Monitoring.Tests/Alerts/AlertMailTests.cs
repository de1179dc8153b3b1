using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Tests.Support;
using MimeKit;

namespace AiDivide.Monitoring.Tests.Alerts;

/// <summary>What an immediate alert says, read back from a real SMTP server with MimeKit; and that article text cannot break it.</summary>
public sealed class AlertMailTests : NewsroomTest
{
    private Uri[] StoryFeeds => [Site.UrlOf("feeds/story-s1.xml"), Site.UrlOf("feeds/story-s2.xml"), Site.UrlOf("feeds/story-s3.xml"), Site.UrlOf("feeds/story-s4.xml")];

    [Fact]
    public async Task ImmediateAlert_SaysWhoWhereAndWhen_InTheRecipientsZone_WithHighlightedSnippetAndLink()
    {
        await using var rig = await MonitorRig.StartAsync(Data, StoryFeeds, Smtp.Port, new Dictionary<string, string?> { ["Alerts:Recipients:0:TimeZone"] = "America/New_York" });

        await rig.PollAsync();
        await rig.DeliverAsync();

        var url = Site.UrlOf("news/wire-d.html").AbsoluteUri;
        var mail = Smtp.Messages.Single(m => m.To.Mailboxes.Single().Address == "analyst@example.org" && (m.TextBody ?? "").Contains(url, StringComparison.Ordinal));
        Assert.Equal("Song Haitao and Infinigence AI in Meridian Policy Review: China courts Global South researchers with cheap compute scheme", mail.Subject);
        var parts = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        // Published 16:00 in Shanghai is 04:00 the same morning in New York (EDT).
        Assert.Contains("Published Tue 29 Jul 2025, 04:00 (America/New_York)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Published Tue 29 Jul 2025, 04:00 (America/New_York)", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{url}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Matches("<strong style=\"background:#ffe28a[^\"]*\">Song Haitao</strong>", mail.HtmlBody);
        Assert.Matches("<strong style=\"background:#ffe28a[^\"]*\">Infinigence AI</strong>", mail.HtmlBody);
        Assert.Equal("song-haitao, infinigence-ai", mail.Headers["X-AiDivide-Entity"]);
    }

    [Fact]
    public async Task ImmediateAlert_ForASyndicatedStory_NamesTheOtherOutletsThatCarriedIt()
    {
        await using var rig = await MonitorRig.StartAsync(Data, StoryFeeds, Smtp.Port);

        await rig.PollAsync();
        await rig.DeliverAsync();

        string[] outlets = ["Lantern Policy Daily", "Bund Business Wire", "Harbour Tech"];
        // Copies race in parallel feeds; a copy naming an entity the first did not adds a follow-up, which names the others too.
        var mails = Smtp.Messages.Where(m => m.To.Mailboxes.Single().Address == "analyst@example.org" && outlets.Any(o => (m.Subject ?? "").Contains($" in {o}: ", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(mails);
        foreach (var mail in mails)
        {
            var own = outlets.Single(o => mail.Subject!.Contains($" in {o}: ", StringComparison.Ordinal));
            var line = mail.TextBody!.Split('\n').Single(l => l.StartsWith("Also reported by ", StringComparison.Ordinal));
            Assert.Equal(outlets.Where(o => o != own).Order(), line["Also reported by ".Length..].Split(", ").Order());
            Assert.Contains("Also reported by ", mail.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CraftedArticle_WithCrLfBccAndScriptInTheTitle_AndAJavascriptLink_BreaksNoHeaderAndNoHtml()
    {
        var envelope = new List<string>();
        await Smtp.DisposeAsync();
        Smtp = await TestSmtpServer.StartAsync(rejects: to => { lock (envelope) { envelope.Add(to); } return false; });
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port);
        var snippet = "Song Haitao <img src=x onerror=alert(1)> said \"hi\" & left";
        await rig.Store.TryEnqueueAsync(new Alert
        {
            RecipientEmail = "analyst@example.org",
            EntityId = "song-haitao",
            EntityName = "Song Haitao",
            ArticleKey = "https://evil.example/x",
            StoryId = "evil",
            ArticleUrl = new Uri("javascript:alert(document.cookie)"),
            ArticleTitle = "Big news\r\nBcc: victim@example.org\r\nX-Injected: yes\r\n\r\n<script>alert(1)</script>" + new string('x', 400),
            SiteName = "Evil\nTimes\u202e",
            Snippet = snippet,
            MatchedAlias = "Song Haitao",
            Entities = [new AlertEntity("song-haitao", "Song Haitao", "Song Haitao", snippet, 1)],
            CreatedAt = rig.Clock.GetUtcNow(),
        }, CancellationToken.None);

        await rig.DeliverAsync();

        var mail = Assert.Single(Smtp.Messages);
        Assert.Equal(["analyst@example.org"], envelope);
        Assert.Empty(mail.Bcc);
        Assert.Null(mail.Headers["X-Injected"]);
        Assert.DoesNotContain("\n", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Song Haitao in Evil Times: Big news Bcc: victim@example.org X-Injected: yes <script>", mail.Subject, StringComparison.Ordinal);
        Assert.True(mail.Subject!.Length <= 160, "over-long titles are trimmed");
        using var raw = new MemoryStream();
        await mail.WriteToAsync(raw);
        var headerLines = System.Text.Encoding.ASCII.GetString(raw.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")[0].Split('\n');
        Assert.All(headerLines, l => Assert.True(l.Length <= 998, "no header line longer than RFC 5322 allows"));
        Assert.DoesNotContain(headerLines, l => l.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("X-Injected:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<script", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleCarryingAnEncodedWord_ArrivesAsTheLiteralText_NotDecodedIntoSomethingElse_AndNonAsciiIsEncodedAndFolded()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port);
        // "=?utf-8?B?…?=" is how a header says "decode me": here it hides "Bcc: victim@example.org". A reader must see the
        // title's literal characters, so the composer has to encode them rather than pass the token through.
        const string token = "=?utf-8?B?QmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?=";
        var title = $"宋海涛：以开放合作弥合人工智能鸿沟 {token} " + string.Concat(Enumerable.Repeat("人工智能 ", 40));
        await rig.Store.TryEnqueueAsync(new Alert
        {
            RecipientEmail = "analyst@example.org",
            EntityId = "song-haitao",
            EntityName = "Song Haitao",
            ArticleKey = "https://news.example.org/encoded-word",
            StoryId = "encoded-word",
            ArticleUrl = new Uri("https://news.example.org/encoded-word"),
            ArticleTitle = title,
            SiteName = "浦江科技观察",
            Snippet = "宋海涛 said so.",
            MatchedAlias = "宋海涛",
            CreatedAt = rig.Clock.GetUtcNow(),
        }, CancellationToken.None);

        await rig.DeliverAsync();

        var mail = Assert.Single(Smtp.Messages);
        Assert.StartsWith($"Song Haitao in 浦江科技观察: 宋海涛：以开放合作弥合人工智能鸿沟 {token} 人工智能", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("victim", mail.Subject, StringComparison.Ordinal);
        using var raw = new MemoryStream();
        await mail.WriteToAsync(raw);
        var head = System.Text.Encoding.UTF8.GetString(raw.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")[0];
        Assert.True(head.All(char.IsAscii), "non-ASCII subject text travels as encoded words");
        // Folded into continuation lines (MimeKit keeps each encoded word whole, so a line may pass 78 but never 998).
        var lines = head.Split('\n');
        var subject = Array.FindIndex(lines, l => l.StartsWith("Subject:", StringComparison.Ordinal));
        Assert.True(lines.Skip(subject + 1).TakeWhile(l => l.StartsWith(' ')).Count() >= 3, "the long subject is folded");
        Assert.All(lines, l => Assert.True(l.Length <= 998, l));
    }
}
