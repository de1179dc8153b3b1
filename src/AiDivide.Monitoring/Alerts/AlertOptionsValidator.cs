using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Reports every malformed recipient at start-up, with the key that holds it.</summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Recipients.Count; i++)
        {
            var recipient = options.Recipients[i];
            var key = $"{AlertOptions.SectionName}:Recipients:{i}";
            if (!MailboxAddress.TryParse(recipient.Email, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
            {
                failures.Add($"{key}:Email '{recipient.Email}' is not an email address.");
            }

            if (recipient.Entities.Count == 0 && recipient.Tags.Count == 0)
            {
                failures.Add($"{key}: subscribes to nothing; list Entities (ids or *) or Tags.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
