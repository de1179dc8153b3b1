namespace AiDivide.Monitoring.Storage;

/// <summary>Which storage adapter holds the monitor's state, and where.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string MongoDb = "mongodb";

    /// <summary><c>sqlite</c> (the embedded default, one worker) or <c>mongodb</c> (production, many workers).</summary>
    public string Kind { get; set; } = Sqlite;

    /// <summary>The SQLite database file; relative paths resolve against the working directory.</summary>
    public string SqlitePath { get; set; } = "data/aidivide.db";

    /// <summary><c>mongodb://…</c>; a secret, so set it from the environment (<c>Storage__MongoConnectionString</c>).</summary>
    public string? MongoConnectionString { get; set; }

    public string MongoDatabase { get; set; } = "aidivide";

    /// <summary>
    /// When set, MongoDB deletes sent alerts this long after they were sent (a TTL index). Articles,
    /// mentions and stories are kept: they are what stops an old story from alerting again.
    /// </summary>
    public TimeSpan? MongoSentAlertRetention { get; set; }

    /// <summary><c>majority</c> (default) or a number of nodes such as <c>1</c>.</summary>
    public string MongoWriteConcern { get; set; } = "majority";
}
