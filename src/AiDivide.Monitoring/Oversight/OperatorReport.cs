namespace AiDivide.Monitoring.Oversight;

/// <summary>One operator mail's content: the problems it tells of, and the notice keys it settles.</summary>
/// <param name="Problems">For a threshold notice, the new problems; for a daily summary, every open one.</param>
/// <param name="OtherOpen">Open problems a threshold notice does not repeat (already told).</param>
/// <param name="NoticeKeys">The keys claimed for this mail; its Message-ID derives from them.</param>
public sealed record OperatorReport(
    NoticeKind Kind, IReadOnlyList<OperatorProblem> Problems, int OtherOpen, IReadOnlyList<string> NoticeKeys, DateTimeOffset At, TimeZoneInfo Zone);
