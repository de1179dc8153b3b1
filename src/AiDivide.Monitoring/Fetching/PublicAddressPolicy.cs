using System.Net;
using System.Net.Sockets;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Decides which IP addresses the fetcher may connect to (the SSRF guard).</summary>
/// <remarks>
/// Checked on the resolved address at connect time, not on the host name, so DNS rebinding
/// and redirects to internal hosts meet the same rule.
/// </remarks>
public static class PublicAddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 ||                                    // "this" network
        b[0] == 10 ||                                   // private
        (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||   // CGNAT
        b[0] == 127 ||                                  // loopback
        (b[0] == 169 && b[1] == 254) ||                 // link-local, cloud metadata
        (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||    // private
        (b[0] == 192 && b[1] == 0 && b[2] == 0) ||      // IETF protocol assignments
        (b[0] == 192 && b[1] == 168) ||                 // private
        (b[0] == 198 && (b[1] == 18 || b[1] == 19)) ||  // benchmarking
        b[0] >= 224);                                   // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        // NAT64 and 6to4 embed an IPv4 address: judge the embedded one.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return IsPublicV4(b[12..16]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b[2..6]);
        }

        return true;
    }
}
