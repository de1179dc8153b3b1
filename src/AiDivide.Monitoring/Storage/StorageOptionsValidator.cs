using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Storage;

/// <summary>Rejects unknown storage kinds at start-up instead of at the first write.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly string[] KnownKinds = [StorageOptions.Sqlite];

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!KnownKinds.Contains(options.Kind, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{StorageOptions.SectionName}:Kind = '{options.Kind}': unknown storage kind (expected one of: {string.Join(", ", KnownKinds)}).");
        }

        if (string.Equals(options.Kind, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add($"{StorageOptions.SectionName}:SqlitePath is empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
