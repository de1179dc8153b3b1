namespace AiDivide.Monitoring.Oversight;

/// <summary>What kind of trouble an <see cref="OperatorProblem"/> is.</summary>
public enum ProblemKind
{
    /// <summary>A feed that has not been read for longer than <see cref="OperatorOptions.FeedFailingAfter"/>.</summary>
    FeedFailing,

    /// <summary>A feed read without error that has had no new entry for far longer than its usual rhythm (<see cref="Sources.FeedHealth"/>).</summary>
    FeedSilent,

    /// <summary>An alert given up on: permanently rejected or out of attempts.</summary>
    AlertUndeliverable,

    /// <summary>Alerts waiting in the outbox for longer than <see cref="OperatorOptions.AlertsWaitingAfter"/>.</summary>
    AlertsWaiting,
}
