namespace AiDivide.Storage.MongoDb;

/// <summary>How the MongoDB adapter reaches its database.</summary>
public sealed record MongoStorageOptions(string ConnectionString, string Database, string WriteConcern = "majority", TimeSpan? SentAlertRetention = null);
