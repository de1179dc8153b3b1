using AiDivide.Monitoring.Delivery;
using Quartz;

namespace AiDivide.Worker.Scheduling;

/// <summary>Quartz job: sends what is due in the outbox.</summary>
[DisallowConcurrentExecution]
public sealed class DeliverAlertsJob(OutboxDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("deliver-alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await delivery.DeliverAllDueAsync(cancellationToken);
}
