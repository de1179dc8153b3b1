using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiDivide.Worker.Demo;

/// <summary>A news site on a loopback port that serves a folder of sample feeds and pages.</summary>
/// <remarks>
/// Files may contain <c>{{base}}</c>, replaced by the site's own address, so feeds and canonical
/// links point back to it whatever port it got. Extra routes (failures, slow pages) can be added
/// before the file route.
/// </remarks>
internal sealed class SampleSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private SampleSite(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public Uri UrlOf(string path) => new(BaseUrl, path.TrimStart('/'));

    public static async Task<SampleSite> StartAsync(string root, Action<WebApplication>? extraRoutes = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        extraRoutes?.Invoke(app);
        string? baseUrl = null;
        app.MapGet("/{**path}", async (string? path, HttpContext context) =>
        {
            var file = Path.GetFullPath(Path.Combine(root, path ?? string.Empty));
            if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(file))
            {
                return Results.NotFound();
            }

            var body = (await File.ReadAllTextAsync(file, context.RequestAborted)).Replace("{{base}}", baseUrl!.TrimEnd('/'), StringComparison.Ordinal);
            return Results.Text(body, ContentTypeOf(file));
        });
        await app.StartAsync(cancellationToken);
        baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return new SampleSite(app, new Uri(baseUrl));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".xml" when file.Contains("atom", StringComparison.OrdinalIgnoreCase) => "application/atom+xml; charset=utf-8",
        ".rdf" => "application/rdf+xml; charset=utf-8",
        ".xml" => "application/rss+xml; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };
}
