using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Opens the TCP connection for every request, after the SSRF check on the resolved addresses.</summary>
internal static class GuardedConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = allowPrivateNetworks ? addresses : Array.FindAll(addresses, PublicAddressPolicy.IsPublic);
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"refused to connect to '{host}': it resolves only to non-public addresses ({string.Join(", ", (object[])addresses)}); set Fetching:AllowPrivateNetworks to allow them");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
