using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Oversight;

/// <summary>Registers operator mail: options, the problem review, the composer and the notices.</summary>
public static class OversightRegistration
{
    public static IServiceCollection AddOversight(this IServiceCollection services)
    {
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorOptions>, OperatorOptionsValidator>();
        services.AddSingleton<IOperatorNoticeLog>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<ProblemReview>();
        services.AddSingleton<OperatorReportComposer>();
        services.AddSingleton<OperatorNotices>();
        return services;
    }
}
