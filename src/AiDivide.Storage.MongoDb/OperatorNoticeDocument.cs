using MongoDB.Bson.Serialization.Attributes;

namespace AiDivide.Storage.MongoDb;

/// <summary>An operator notice (a problem reported, a day summarised), keyed by the notice key.</summary>
internal sealed class OperatorNoticeDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("leaseOwner")] public string? LeaseOwner { get; set; }
    [BsonElement("leaseUntil")] public DateTime? LeaseUntil { get; set; }
    [BsonElement("leaseGeneration")] public long LeaseGeneration { get; set; }
    [BsonElement("sentAt")] public DateTime? SentAt { get; set; }
    [BsonElement("createdAt")] public DateTime CreatedAt { get; set; }
}
