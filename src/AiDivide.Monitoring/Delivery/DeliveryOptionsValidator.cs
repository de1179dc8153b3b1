using MimeKit;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Checks delivery settings at start-up and names every bad key with its value.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    private const string Section = DeliveryOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add($"{Section}:From = '{options.From}': not an email address.");
        }

        if (options.Smtp.Port is < 1 or > 65535)
        {
            failures.Add($"{Section}:Smtp:Port = {options.Smtp.Port}: must be between 1 and 65535.");
        }

        if (options.UsesSmtp && options.Smtp.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Smtp:Timeout = {options.Smtp.Timeout}: must be positive.");
        }

        if (!options.UsesSmtp && string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add($"{Section}:PickupDirectory is empty and no {Section}:Smtp:Host is set: alerts would have nowhere to go.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"{Section}:BatchSize = {options.BatchSize}: must be between 1 and 10000.");
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add($"{Section}:MaxAttempts = {options.MaxAttempts}: must be at least 1.");
        }

        if (options.Lease < TimeSpan.FromSeconds(5))
        {
            failures.Add($"{Section}:Lease = {options.Lease}: must be at least 5 seconds.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add($"{Section}:RetryDelay = {options.RetryDelay} and MaxRetryDelay = {options.MaxRetryDelay}: need 0 < RetryDelay <= MaxRetryDelay.");
        }

        if (options.WebhookTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:WebhookTimeout = {options.WebhookTimeout}: must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
