using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Opens the TCP connection for every request, after the SSRF check on the resolved addresses.</summary>
/// <remarks>
/// The check runs on the addresses we are about to connect to, so a host name that resolves to a
/// public address for one lookup and to an internal one for the next (DNS rebinding) gains nothing,
/// and every redirect hop's connection passes through here again.
/// </remarks>
internal static class GuardedConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, NetworkAllowList allowList, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = Array.FindAll(addresses, allowList.Admits);
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"refused to connect to '{host}': it resolves only to non-public addresses ({string.Join(", ", (object[])addresses)}); list them in Fetching:AllowedNetworks to allow them");
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
