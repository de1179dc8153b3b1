using System.Collections.Concurrent;
using System.Text.Json;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiDivide.Monitoring.Tests.Alerts;

/// <summary>Webhooks through the outbox: a JSON POST per story, 2xx sent, 5xx retried, 4xx given up.</summary>
public sealed class WebhookTests : NewsroomTest
{
    private readonly ConcurrentQueue<(string Path, string Body, string? Key)> received = new();
    private int downAnswers = 1;

    [Fact]
    public async Task SlackWebhook_GetsOnePostPerStory_WithTheAlertKeyAndASlackPayload()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/rdf.xml")], Smtp.Port, Webhook("team", "hooks/ok", "Slack"));

        await rig.PollAsync();
        await rig.DeliverAsync();
        await rig.DeliverAsync();

        var post = Assert.Single(received);
        using var json = JsonDocument.Parse(post.Body);
        Assert.StartsWith("Dai Guohao and Infinigence AI in ", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("mrkdwn", json.RootElement.GetProperty("blocks")[0].GetProperty("text").GetProperty("type").GetString());
        var sent = Assert.Single(await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None), i => i.Alert.Channel == "webhook");
        Assert.Equal(sent.Alert.Key, post.Key);
        Assert.Equal(2, Smtp.Messages.Count);
    }

    [Fact]
    public async Task Webhook_ServerError_IsRetriedLater_AndNotFound_IsGivenUp()
    {
        var settings = Webhook("flaky", "hooks/down", "Json");
        foreach (var (key, value) in Webhook("gone", "hooks/gone", "Teams", index: 1))
        {
            settings[key] = value;
        }

        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/rdf.xml")], Smtp.Port, settings);
        await rig.PollAsync();
        var first = await rig.DeliverAsync();
        rig.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await rig.DeliverAsync();

        var all = await rig.Store.ListAsync(null, CancellationToken.None);
        var gone = Assert.Single(all, i => i.Alert.RecipientEmail == "gone");
        Assert.Equal(OutboxStatus.Failed, gone.Status);
        Assert.Contains("HTTP 404", gone.LastError, StringComparison.Ordinal);
        var flaky = Assert.Single(all, i => i.Alert.RecipientEmail == "flaky");
        Assert.Equal(OutboxStatus.Sent, flaky.Status);
        Assert.Equal(2, flaky.Attempts);
        Assert.Equal((1, 1), (first.Retrying, first.GivenUp));
        Assert.Equal(1, second.Sent);
        Assert.Equal(2, received.Count(r => r.Path == "/hooks/down"));
        using var body = JsonDocument.Parse(received.Last(r => r.Path == "/hooks/down").Body);
        Assert.Equal(["dai-guohao", "infinigence-ai"], body.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    protected override void AddRoutes(WebApplication app)
    {
        app.MapPost("/hooks/{name}", async (string name, HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            received.Enqueue(($"/hooks/{name}", await reader.ReadToEndAsync(), context.Request.Headers["Idempotency-Key"].FirstOrDefault()));
            return name switch
            {
                "ok" => Results.Ok(),
                "down" => Interlocked.Decrement(ref downAnswers) >= 0 ? Results.StatusCode(503) : Results.NoContent(),
                _ => Results.NotFound(),
            };
        });
    }

    private Dictionary<string, string?> Webhook(string name, string path, string format, int index = 0) => new()
    {
        [$"Alerts:Webhooks:{index}:Name"] = name,
        [$"Alerts:Webhooks:{index}:Url"] = Site.UrlOf(path).AbsoluteUri,
        [$"Alerts:Webhooks:{index}:Format"] = format,
        [$"Alerts:Webhooks:{index}:Entities:0"] = "*",
    };
}
