using AiDivide.Monitoring.Pipeline;
using Quartz;

namespace AiDivide.Worker.Scheduling;

/// <summary>Quartz job: one poll cycle over the feeds that are due.</summary>
[DisallowConcurrentExecution]
public sealed class PollFeedsJob(PollCycle cycle) : IJob
{
    public static readonly JobKey Key = new("poll-feeds");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await cycle.RunOnceAsync(cancellationToken);
}
