namespace AiDivide.Monitoring.Matching;

/// <summary>What a tracked entity is; shapes how alerts describe it.</summary>
public enum EntityKind
{
    Person,
    Organisation,
    Event,
    Topic,
}
