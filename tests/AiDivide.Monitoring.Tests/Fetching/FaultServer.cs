using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>A hostile web server on a loopback address: each path misbehaves in one documented way.</summary>
/// <remarks>
/// Listens on 127.0.0.2 by default, so a test can allow exactly that address and see a redirect to
/// 127.0.0.1 refused. Counts requests per path and the bytes it wrote of the huge body, so tests
/// can show that a hostile body was abandoned early. Sample files come from TestData/Fetching,
/// with {{base}} replaced by the server's own address.
/// </remarks>
internal sealed class FaultServer : IAsyncDisposable
{
    /// <summary>Size of the body /huge.xml would send if nobody hung up: 200 MB.</summary>
    public const long HugeBodyBytes = 200L * 1024 * 1024;

    /// <summary>Decoded size of /gzip-bomb.xml: 64 MB of zeros, about 64 KB on the wire (a 1000:1 ratio).</summary>
    public const int BombDecodedBytes = 64 * 1024 * 1024;

    public static readonly Lazy<byte[]> Bomb = new(() => Gzip(new byte[BombDecodedBytes]));

    public static readonly Lazy<byte[]> RawDeflateBomb = new(() => Compress(new byte[BombDecodedBytes], s => new DeflateStream(s, CompressionLevel.SmallestSize)));

    /// <summary>Two gzip members one after the other (RFC 1952 §2.2), the data split at its middle.</summary>
    public static byte[] GzipMembers(byte[] data) => [.. Gzip(data[..(data.Length / 2)]), .. Gzip(data[(data.Length / 2)..])];
    private WebApplication app = null!;
    private long hugeBytesWritten;

    private FaultServer()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Status /robots.txt answers with; 200 serves TestData/Fetching/robots.txt.</summary>
    public int RobotsStatus { get; set; } = 200;

    /// <summary>Served as robots.txt instead of the sample file when set.</summary>
    public string? RobotsText { get; set; }

    public ConcurrentDictionary<string, int> Requests { get; } = new();

    public ConcurrentDictionary<string, string> UserAgents { get; } = new();

    /// <summary>Bytes of the 200 MB body actually written before the client hung up.</summary>
    public long HugeBytesWritten => Interlocked.Read(ref hugeBytesWritten);

    public Uri UrlOf(string path) => new(BaseUrl, path.TrimStart('/'));

    public static async Task<FaultServer> StartAsync(string address = "127.0.0.2")
    {
        _ = Bomb.Value;   // compressed before the server starts, so the request does not wait for it
        var server = new FaultServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Parse(address), 0));
        builder.Logging.ClearProviders();
        server.app = builder.Build();
        server.MapRoutes();
        await server.app.StartAsync();
        server.BaseUrl = new Uri(server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A sample file from TestData/Fetching with {{base}} pointing back here.</summary>
    public byte[] Sample(string name) =>
        Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(File.ReadAllBytes(TestPaths.TestData("Fetching", name))).Replace("{{base}}", BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal));

    private void MapRoutes()
    {
        app.Use(async (context, next) =>
        {
            Requests.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            UserAgents[context.Request.Path.Value!] = context.Request.Headers.UserAgent.ToString();
            await next(context);
        });
        MapSamples();
        MapFailures();
        MapRedirects();
        MapEncodings();
    }

    private void MapSamples()
    {
        const string Rss = "application/rss+xml; charset=utf-8";
        app.MapGet("/robots.txt", () => RobotsStatus != 200 ? Results.StatusCode(RobotsStatus)
            : RobotsText is { } text ? Results.Text(text, "text/plain") : Results.Bytes(Sample("robots.txt"), "text/plain"));
        app.MapGet("/good.xml", () => Results.Bytes(Sample("good-feed.xml"), Rss));
        app.MapGet("/articles/compute-fund.html", () => Results.Bytes(Sample("compute-fund.html"), "text/html; charset=utf-8"));
        app.MapGet("/private/{name}", () => Results.Bytes(Sample("compute-fund.html"), "text/html; charset=utf-8"));
        app.MapGet("/billion-laughs.xml", () => Results.Bytes(Sample("billion-laughs.xml"), Rss));
        app.MapGet("/xxe.xml", () => Results.Bytes(Sample("xxe.xml"), Rss));
        app.MapGet("/external-dtd.xml", () => Results.Bytes(Sample("external-dtd.xml"), Rss));
        app.MapGet("/html-instead.xml", () => Results.Bytes(Sample("not-a-feed.html"), "text/html; charset=utf-8"));
        app.MapGet("/wrong-charset.xml", () => Results.Bytes(Sample("wrong-charset.xml"), Rss));
        app.MapGet("/evil.dtd", () => Results.Text("<!ENTITY fromdtd \"expanded from the external DTD\">", "application/xml-dtd"));
        app.MapGet("/remote.dtd", () => Results.Text("<!ENTITY secret \"expanded from the remote DTD\">", "application/xml-dtd"));
        app.MapGet("/video.xml", () => Results.Bytes(new byte[4096], "video/mp4"));
    }

    private void MapFailures()
    {
        app.MapGet("/error500.xml", () => Results.StatusCode(500));
        app.MapGet("/busy.xml", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(503);
        });
        app.MapGet("/hang.xml", async (HttpContext context) =>
        {
            // Accepts the connection and never answers.
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        app.MapGet("/trickle.xml", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.StartAsync(context.RequestAborted);
            var body = Sample("good-feed.xml");
            foreach (var b in body)
            {
                await context.Response.Body.WriteAsync(new[] { b }, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
            }
        });
        app.MapGet("/huge.xml", async (HttpContext context) =>
        {
            // Streamed with no Content-Length, so only the fetcher's own count can stop it.
            context.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            try
            {
                for (long sent = 0; sent < HugeBodyBytes; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref hugeBytesWritten, chunk.Length);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client hung up, as it should.
            }
        });
        app.MapGet("/huge-declared.xml", (HttpContext context) =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = HugeBodyBytes;
            return context.Response.StartAsync();
        });
    }

    private void MapRedirects()
    {
        app.MapGet("/loop.xml", () => Results.Redirect("/loop-b.xml"));
        app.MapGet("/loop-b.xml", () => Results.Redirect("/loop.xml"));
        app.MapGet("/to-loopback.xml", () => Results.Redirect($"http://127.0.0.1:{BaseUrl.Port}/good.xml"));
        app.MapGet("/to-metadata.xml", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-file.xml", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/moved.xml", () => Results.Redirect("/good.xml", permanent: true));
    }

    private void MapEncodings()
    {
        app.MapGet("/gzip-bomb.xml", (HttpContext context) => Encoded(context, "gzip", Bomb.Value));
        app.MapGet("/truncated-gzip.xml", (HttpContext context) =>
        {
            var whole = Gzip(Sample("good-feed.xml"));
            return Encoded(context, "gzip", whole[..(whole.Length / 2)]);
        });
        app.MapGet("/gzip.xml", (HttpContext context) => Encoded(context, "gzip", Gzip(Sample("good-feed.xml"))));
        app.MapGet("/deflate.xml", (HttpContext context) => Encoded(context, "deflate", Compress(Sample("good-feed.xml"), s => new ZLibStream(s, CompressionLevel.Fastest))));
        app.MapGet("/gzip-members.xml", (HttpContext context) => Encoded(context, "gzip", GzipMembers(Sample("good-feed.xml"))));
        app.MapGet("/truncated-gzip-members.xml", (HttpContext context) =>
        {
            var whole = GzipMembers(Sample("good-feed.xml"));
            return Encoded(context, "gzip", whole[..^12]);
        });
        app.MapGet("/gzip-members-bomb.xml", (HttpContext context) => Encoded(context, "gzip", [.. Gzip(Sample("good-feed.xml")), .. Bomb.Value]));
        app.MapGet("/raw-deflate.xml", (HttpContext context) => Encoded(context, "deflate", Compress(Sample("good-feed.xml"), s => new DeflateStream(s, CompressionLevel.Fastest))));
        app.MapGet("/raw-deflate-bomb.xml", (HttpContext context) => Encoded(context, "deflate", RawDeflateBomb.Value));
        app.MapGet("/br.xml", (HttpContext context) => Encoded(context, "br", Compress(Sample("good-feed.xml"), s => new BrotliStream(s, CompressionLevel.Fastest))));
    }

    private static IResult Encoded(HttpContext context, string coding, byte[] body)
    {
        context.Response.Headers.ContentEncoding = coding;
        return Results.Bytes(body, "application/rss+xml; charset=utf-8");
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(data);
        }

        return output.ToArray();
    }
}
