using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Reports, at start-up, every fetch setting the attributes cannot check, with the key that holds it.</summary>
/// <remarks>
/// Timeouts are not checked against each other: <see cref="FetchOptions.Timeout"/> bounds the whole
/// request, so a longer connect or read timeout (or rate window) simply never gets the chance to fire.
/// </remarks>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var failures = new List<string>();
        var section = FetchOptions.SectionName;
        for (var i = 0; i < options.AllowedNetworks.Count; i++)
        {
            if (!NetworkAllowList.TryParse(options.AllowedNetworks[i], out _, out var error))
            {
                failures.Add($"{section}:AllowedNetworks:{i}: {error}.");
            }
        }

        if (!HasContact(options.UserAgent))
        {
            failures.Add($"{section}:UserAgent '{options.UserAgent}' names no contact: include a URL (+https://…) or an email address so site owners can reach us.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool HasContact(string? userAgent) =>
        userAgent is not null && (userAgent.Contains("http://", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains('@', StringComparison.Ordinal));
}
