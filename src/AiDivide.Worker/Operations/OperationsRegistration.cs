using AiDivide.Monitoring.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace AiDivide.Worker.Operations;

/// <summary>What operators expect of a daemon: health endpoints, Prometheus metrics, systemd integration.</summary>
internal static class OperationsRegistration
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        var urls = builder.Configuration[$"{OperationsOptions.SectionName}:Urls"];
        builder.WebHost.UseUrls([.. (string.IsNullOrWhiteSpace(urls) ? new OperationsOptions().Urls : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
        builder.Services.AddSystemd();
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<MailHealthCheck>("mail", tags: [ReadyTag]);
        builder.Services.AddSingleton<MailHealthCheck>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(MonitorMetrics.MeterName).AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Liveness asks nothing of dependencies: a dead SMTP relay must not get the worker restarted.
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
