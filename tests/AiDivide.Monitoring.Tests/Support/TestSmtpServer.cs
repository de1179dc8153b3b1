using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AiDivide.Monitoring.Tests.Support;

/// <summary>A real SMTP server on a loopback port that keeps what it receives.</summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer server;
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    private TestSmtpServer(int port, MessageSink sink, Func<string, bool> rejects)
    {
        Port = port;
        Sink = sink;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink);
        services.Add(new RecipientFilter(rejects));
        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    public MessageSink Sink { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. Sink.Messages];

    /// <param name="sink">Pass the sink of a stopped server to restart "the same" server on its port.</param>
    public static async Task<TestSmtpServer> StartAsync(int? port = null, MessageSink? sink = null, Func<string, bool>? rejects = null)
    {
        var server = new TestSmtpServer(port ?? FreePort(), sink ?? new MessageSink(), rejects ?? (_ => false));
        await server.WaitUntilListeningAsync();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await stop.CancelAsync();
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Stopped is stopped.
        }

        stop.Dispose();
        await WaitUntilClosedAsync();
    }

    // "Down" must mean down: a test that restarts the server on this port must not reach the old one.
    private async Task WaitUntilClosedAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                return;
            }
        }

        throw new InvalidOperationException($"SMTP test server still accepts connections on port {Port}");
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (running.IsFaulted)
            {
                throw new InvalidOperationException($"SMTP test server could not start on port {Port}", running.Exception);
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"SMTP test server did not listen on port {Port}");
    }

    /// <summary>Received messages; outlives a server restart on the same port.</summary>
    internal sealed class MessageSink : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RecipientFilter(Func<string, bool> rejects) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!rejects($"{to.User}@{to.Host}"));
    }
}
