using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Storage;

/// <summary>Rejects unknown storage kinds at start-up instead of at the first write.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly string[] KnownKinds = [StorageOptions.Sqlite, StorageOptions.MongoDb];

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

        if (string.Equals(options.Kind, StorageOptions.MongoDb, StringComparison.OrdinalIgnoreCase))
        {
            if (!(options.MongoConnectionString ?? "").StartsWith("mongodb", StringComparison.Ordinal))
            {
                // The value is a secret: say what is wrong without echoing it.
                failures.Add($"{StorageOptions.SectionName}:MongoConnectionString must be a mongodb:// or mongodb+srv:// URI when Storage:Kind is mongodb.");
            }

            if (string.IsNullOrWhiteSpace(options.MongoDatabase))
            {
                failures.Add($"{StorageOptions.SectionName}:MongoDatabase is empty.");
            }

            if (!IsWriteConcern(options.MongoWriteConcern))
            {
                failures.Add($"{StorageOptions.SectionName}:MongoWriteConcern = '{options.MongoWriteConcern}': expected 'majority' or a number of nodes.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsWriteConcern(string value) =>
        value.Equals("majority", StringComparison.OrdinalIgnoreCase) || (int.TryParse(value.TrimStart('w', 'W'), out var nodes) && nodes >= 0);
}
