using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Oversight;

/// <summary>Checks the operator settings at start-up and names every bad key with its value.</summary>
public sealed class OperatorOptionsValidator : IValidateOptions<OperatorOptions>
{
    private const string Section = OperatorOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OperatorOptions options)
    {
        var failures = new List<string>();
        if (options.IsEnabled && (!MailboxAddress.TryParse(options.Email, out var address) || !address.Address.Contains('@', StringComparison.Ordinal)))
        {
            failures.Add($"{Section}:Email '{options.Email}' is not an email address.");
        }

        if (options.DailyAt < TimeSpan.Zero || options.DailyAt >= TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:DailyAt = {options.DailyAt}: must be a time of day, 00:00 to 23:59.");
        }

        try
        {
            _ = options.Zone;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            failures.Add($"{Section}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai).");
        }

        AddIfNotPositive(failures, "FeedFailingAfter", options.FeedFailingAfter);
        AddIfNotPositive(failures, "AlertsWaitingAfter", options.AlertsWaitingAfter);
        AddIfNotPositive(failures, "UndeliverableWindow", options.UndeliverableWindow);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfNotPositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{key} = {value}: must be positive.");
        }
    }
}
