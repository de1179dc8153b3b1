using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Sources;

/// <summary>Checks that the poll intervals make a range, reporting every problem with the values given.</summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var failures = new List<string>();
        var section = SourcesOptions.SectionName;
        if (options.MinPollInterval > options.MaxPollInterval)
        {
            failures.Add($"{section}:MinPollInterval ({options.MinPollInterval}) must not exceed {section}:MaxPollInterval ({options.MaxPollInterval}).");
        }

        if (options.PollInterval < options.MinPollInterval || options.PollInterval > options.MaxPollInterval)
        {
            failures.Add($"{section}:PollInterval ({options.PollInterval}) must lie between {section}:MinPollInterval ({options.MinPollInterval}) and {section}:MaxPollInterval ({options.MaxPollInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
