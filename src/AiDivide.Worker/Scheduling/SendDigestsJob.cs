using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Delivery;
using Quartz;

namespace AiDivide.Worker.Scheduling;

/// <summary>Quartz job: queues the digests whose period has closed, then delivers them with the rest of the outbox.</summary>
/// <remarks>Runs on a short tick rather than a cron per recipient: each recipient has its own zone and time, and a missed tick is caught up by the next.</remarks>
[DisallowConcurrentExecution]
public sealed class SendDigestsJob(DigestCycle digests, OutboxDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("send-digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await digests.RunOnceAsync(cancellationToken) > 0)
        {
            await delivery.DeliverAllDueAsync(cancellationToken);
        }
    }
}
