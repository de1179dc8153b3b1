using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using AiDivide.Storage.MongoDb;
using AiDivide.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Worker;

/// <summary>Builds the Generic Host every command runs in: configuration, logging, pipeline, storage.</summary>
internal static class MonitorHost
{
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configurationArgs, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        // Defaults (appsettings.json, config/) ship beside the binary, whatever the working directory.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArgs],
            ContentRootPath = AppContext.BaseDirectory,
        });
        Configure(builder, overrides);
        return builder;
    }

    /// <summary>The daemon's host: the same, plus a small web server for health and metrics endpoints.</summary>
    public static WebApplicationBuilder CreateWebBuilder(IReadOnlyList<string> configurationArgs, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. configurationArgs],
            ContentRootPath = AppContext.BaseDirectory,
        });
        Configure(builder, overrides);
        return builder;
    }

    private static void Configure(IHostApplicationBuilder builder, IReadOnlyDictionary<string, string?>? overrides)
    {
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            // One JSON object per line with scopes (FeedId, FeedUrl), for log shippers.
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
        }

        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddMonitoring();
        AddStorageAdapter(builder);
    }

    /// <summary>Starts the host; on invalid configuration prints every problem and returns false.</summary>
    public static async Task<bool> TryStartAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            await host.StartAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("Configuration error:");
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync("  " + failure);
            }

            return false;
        }
    }

    /// <summary>The validation failures behind a start-up exception; several option types fail together as an aggregate.</summary>
    public static IReadOnlyList<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };

    private static void AddStorageAdapter(IHostApplicationBuilder builder)
    {
        // Unknown kinds are reported by StorageOptionsValidator at start; SQLite stands in until then.
        var kind = builder.Configuration[$"{StorageOptions.SectionName}:Kind"] ?? StorageOptions.Sqlite;
        switch (kind.ToLowerInvariant())
        {
            case StorageOptions.MongoDb:
                builder.Services.AddMongoStorage();
                break;
            default:
                builder.Services.AddSqliteStorage();
                break;
        }
    }
}
