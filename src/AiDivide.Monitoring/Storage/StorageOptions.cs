namespace AiDivide.Monitoring.Storage;

/// <summary>Which storage adapter holds the monitor's state, and where.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    /// <summary><c>sqlite</c> (the embedded default). MongoDB arrives as a second adapter behind the same port.</summary>
    public string Kind { get; set; } = Sqlite;

    /// <summary>The SQLite database file; relative paths resolve against the working directory.</summary>
    public string SqlitePath { get; set; } = "data/aidivide.db";
}
