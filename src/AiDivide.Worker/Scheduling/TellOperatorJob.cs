using AiDivide.Monitoring.Oversight;
using Quartz;

namespace AiDivide.Worker.Scheduling;

/// <summary>Quartz job: reviews the monitor's own health and mails the operator what is new, and the daily summary.</summary>
[DisallowConcurrentExecution]
public sealed class TellOperatorJob(OperatorNotices notices) : IJob
{
    public static readonly JobKey Key = new("tell-operator");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await notices.CheckAsync(cancellationToken);
}
