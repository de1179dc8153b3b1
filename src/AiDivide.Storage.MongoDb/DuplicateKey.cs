using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

/// <summary>Recognises "this key already exists", however the server reports it.</summary>
/// <remarks>
/// MongoDB reports a duplicate key on insert as a write error (category DuplicateKey); jongodb,
/// the test server, reports it as a command error with code 11000. Both mean the same thing here.
/// </remarks>
internal static class DuplicateKey
{
    private const int Code = 11000;

    public static bool Is(Exception exception) => exception switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey || write.WriteError?.Code == Code,
        MongoBulkWriteException bulk => bulk.WriteErrors.Count > 0 && bulk.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException command => command.Code == Code,
        _ => false,
    };
}
