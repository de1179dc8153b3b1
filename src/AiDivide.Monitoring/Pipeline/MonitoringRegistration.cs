using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Oversight;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>Registers every pipeline stage; the host adds a storage adapter and its scheduler.</summary>
public static class MonitoringRegistration
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkerIdentity>();
        services.AddMetrics();
        services.TryAddSingleton<MonitorMetrics>();
        services.AddSources().AddFetching().AddFeeds().AddExtraction().AddDedup().AddMatching().AddAlerts().AddDelivery().AddStoragePort().AddOversight();
        services.AddSingleton<EntryProcessor>();
        services.AddSingleton<FeedRefresh>();
        services.AddSingleton<PollCycle>();
        services.AddSingleton<MentionBackfill>();
        return services;
    }

    private static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, FeedListValidator>();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.AddSingleton<FeedCatalog>();
        services.AddSingleton<FeedDiscovery>();
        return services;
    }

    private static IServiceCollection AddFeeds(this IServiceCollection services) => services.AddSingleton<FeedParser>();

    private static IServiceCollection AddExtraction(this IServiceCollection services) => services.AddSingleton<ArticleExtractor>();

    private static IServiceCollection AddDedup(this IServiceCollection services)
    {
        services.AddOptions<DedupOptions>().BindConfiguration(DedupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StoryClusterer>();
        return services;
    }

    private static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MatchingOptions>, WatchlistFileValidator>();
        services.AddSingleton<WatchlistProvider>();
        services.AddSingleton<FeedRelevanceFilter>();
        return services;
    }

    private static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddSingleton<AlertPlanner>();
        services.AddSingleton<AlertMessageComposer>();
        services.AddSingleton<AlertEnqueuer>();
        services.AddSingleton<StoryCoverage>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestCycle>();
        return services;
    }

    private static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.TryAddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
            : ActivatorUtilities.CreateInstance<PickupFolderTransport>(provider));
        services.AddSingleton<OutboxDelivery>();
        services.AddWebhooks();
        return services;
    }

    private static IServiceCollection AddStoragePort(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IFeedStore>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<IEntryStore>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<IArticleStore>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<IMentionStore>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<IAlertOutbox>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<IAlertHistory>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddSingleton<IStoryStore>(provider => provider.GetRequiredService<IMonitorStore>());
        services.AddHostedService<StoreStartup>();
        return services;
    }
}
