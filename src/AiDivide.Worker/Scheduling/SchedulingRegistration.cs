using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AiDivide.Worker.Scheduling;

/// <summary>Registers the daemon's Quartz jobs: poll due feeds, deliver pending alerts, tell the operator.</summary>
public static class SchedulingRegistration
{
    public static IServiceCollection AddMonitorScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var schedule = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddQuartz(quartz =>
        {
            quartz.ScheduleJob<PollFeedsJob>(
                trigger => trigger.WithIdentity("poll-feeds-trigger").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(Positive(schedule.PollEvery)).RepeatForever()),
                job => job.WithIdentity(PollFeedsJob.Key));
            quartz.ScheduleJob<DeliverAlertsJob>(
                trigger => trigger.WithIdentity("deliver-alerts-trigger").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(Positive(schedule.DeliverEvery)).RepeatForever()),
                job => job.WithIdentity(DeliverAlertsJob.Key));
            quartz.ScheduleJob<TellOperatorJob>(
                trigger => trigger.WithIdentity("tell-operator-trigger").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(Positive(schedule.CheckOperatorEvery)).RepeatForever()),
                job => job.WithIdentity(TellOperatorJob.Key));
            quartz.ScheduleJob<SendDigestsJob>(
                trigger => trigger.WithIdentity("send-digests-trigger").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(Positive(schedule.DigestEvery)).RepeatForever()),
                job => job.WithIdentity(SendDigestsJob.Key));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    // Validation reports a bad value at start; until then Quartz must not be handed a zero interval.
    private static TimeSpan Positive(TimeSpan value) => value > TimeSpan.Zero ? value : TimeSpan.FromMinutes(1);
}
