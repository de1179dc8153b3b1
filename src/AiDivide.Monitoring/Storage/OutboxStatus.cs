namespace AiDivide.Monitoring.Storage;

/// <summary>Where an alert is in the outbox.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent, or to be retried after a transient failure.</summary>
    Pending,

    Sent,

    /// <summary>Given up: permanently rejected, or out of attempts. Reported, never silently dropped.</summary>
    Failed,
}
