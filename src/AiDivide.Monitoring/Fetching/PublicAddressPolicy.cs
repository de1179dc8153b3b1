using System.Net;
using System.Net.Sockets;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Decides which IP addresses are public, i.e. reachable without configuration (the SSRF guard).</summary>
/// <remarks>
/// Checked on the resolved address at connect time, not on the host name, so DNS rebinding
/// and redirects to internal hosts meet the same rule. IPv6 forms that carry an IPv4 address
/// (mapped, compatible, NAT64, 6to4, Teredo) are judged by the address they carry, since a
/// gateway may deliver them there. Cloud metadata endpoints (169.254.169.254, fd00:ec2::254,
/// 100.100.100.200) fall in link-local, unique-local and CGNAT ranges respectively.
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
        b[0] == 0 ||                                    // "this" network, unspecified
        b[0] == 10 ||                                   // private
        (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||   // CGNAT (and Alibaba's metadata 100.100.100.200)
        b[0] == 127 ||                                  // loopback
        (b[0] == 169 && b[1] == 254) ||                 // link-local, cloud metadata 169.254.169.254
        (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||    // private
        (b[0] == 192 && b[1] == 0 && b[2] == 0) ||      // IETF protocol assignments
        (b[0] == 192 && b[1] == 0 && b[2] == 2) ||      // documentation
        (b[0] == 192 && b[1] == 88 && b[2] == 99) ||    // 6to4 relay anycast
        (b[0] == 192 && b[1] == 168) ||                 // private
        (b[0] == 198 && (b[1] == 18 || b[1] == 19)) ||  // benchmarking
        (b[0] == 198 && b[1] == 51 && b[2] == 100) ||   // documentation
        (b[0] == 203 && b[1] == 0 && b[2] == 113) ||    // documentation
        b[0] >= 224);                                   // multicast 224/4, reserved 240/4, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;   // fe80::/10, fec0::/10, ff00::/8, fc00::/7 (fd00:ec2::254 is AWS metadata)
        }

        var b = address.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4(b[12..16]);   // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks)
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return IsPublicV4(b[12..16]);   // NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b[2..6]);     // 6to4 2002::/16
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            // Teredo 2001::/32: the client's IPv4 address is stored inverted in the last four bytes.
            return IsPublicV4([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]]);
        }

        if ((b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) || (b[0] == 0x01 && b[1] == 0x00 && b.AsSpan(2, 6).IndexOfAnyExcept((byte)0) < 0))
        {
            return false;                   // documentation 2001:db8::/32, discard 100::/64
        }

        return true;
    }
}
