using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Reports every malformed recipient and webhook at start-up, with the key and value at fault.</summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    private const string Section = AlertOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Recipients.Count; i++)
        {
            ValidateRecipient(options.Recipients[i], $"{Section}:Recipients:{i}", failures);
        }

        foreach (var duplicate in options.Recipients.GroupBy(r => r.Email, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"{Section}:Recipients: '{duplicate.Key}' is listed {duplicate.Count()} times; give each address one entry.");
        }

        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            ValidateWebhook(options.Webhooks[i], $"{Section}:Webhooks:{i}", failures);
        }

        foreach (var duplicate in options.Webhooks.GroupBy(w => w.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"{Section}:Webhooks: the name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique.");
        }

        if (options.DigestGrace < TimeSpan.Zero || options.DigestGrace > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:DigestGrace = {options.DigestGrace}: must be between 0 and 1 hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRecipient(RecipientOptions recipient, string key, List<string> failures)
    {
        if (!MailboxAddress.TryParse(recipient.Email, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"{key}:Email '{recipient.Email}' is not an email address.");
        }

        if (recipient.IsEmpty)
        {
            failures.Add($"{key}: subscribes to nothing; list Entities (ids or *), Tags or Topics.");
        }

        if (!Enum.IsDefined(recipient.Mode))
        {
            failures.Add($"{key}:Mode = '{recipient.Mode}': must be Immediate, Hourly, Daily or Weekly.");
        }

        ValidateZone(recipient.TimeZone, $"{key}:TimeZone", failures);
        if (recipient.DailyCap is < 1)
        {
            failures.Add($"{key}:DailyCap = {recipient.DailyCap}: must be at least 1 (leave it out for no cap).");
        }

        if (recipient.DailyCap is not null && recipient.Mode != AlertMode.Immediate)
        {
            failures.Add($"{key}:DailyCap applies to immediate alerts only, but Mode is {recipient.Mode}.");
        }

        if (recipient.QuietHours is { } quiet && quiet.Start == quiet.End)
        {
            failures.Add($"{key}:QuietHours: Start and End are both {quiet.Start:HH:mm}; give a window, or leave QuietHours out.");
        }
    }

    private static void ValidateWebhook(WebhookOptions webhook, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(webhook.Name) || webhook.Name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            failures.Add($"{key}:Name = '{webhook.Name}': give a short name without spaces (it is part of the alert key).");
        }

        // The URL itself is left out of messages: Slack and Teams URLs are secrets.
        if (webhook.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{key}:Url: must be an absolute http or https URL.");
        }

        if (!Enum.IsDefined(webhook.Format))
        {
            failures.Add($"{key}:Format = '{webhook.Format}': must be json, slack or teams.");
        }

        if (webhook.IsEmpty)
        {
            failures.Add($"{key}: subscribes to nothing; list Entities (ids or *), Tags or Topics.");
        }

        ValidateZone(webhook.TimeZone, $"{key}:TimeZone", failures);
    }

    private static void ValidateZone(string zone, string key, List<string> failures)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            failures.Add($"{key} = '{zone}': not a known IANA time zone (for example Europe/Berlin, Asia/Shanghai, UTC).");
        }
    }
}
