using System.Net;

namespace AiDivide.Monitoring.Fetching;

/// <summary>The non-public networks configuration lets the fetcher reach (<see cref="FetchOptions.AllowedNetworks"/>).</summary>
public sealed class NetworkAllowList
{
    private readonly IReadOnlyList<IPNetwork> networks;
    private readonly bool allowsEverything;

    private NetworkAllowList(IReadOnlyList<IPNetwork> networks, bool allowsEverything)
    {
        this.networks = networks;
        this.allowsEverything = allowsEverything;
    }

    public static NetworkAllowList From(FetchOptions options)
    {
        var parsed = new List<IPNetwork>();
        foreach (var text in options.AllowedNetworks)
        {
            if (TryParse(text, out var network, out _))
            {
                parsed.Add(network);
            }
        }

        return new NetworkAllowList(parsed, options.AllowPrivateNetworks);
    }

    /// <summary>Whether a connection to <paramref name="address"/> may be opened: public, or inside an allowed network.</summary>
    public bool Admits(IPAddress address)
    {
        if (allowsEverything || PublicAddressPolicy.IsPublic(address))
        {
            return true;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        foreach (var network in networks)
        {
            if (network.Contains(plain))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads "a.b.c.d/n" or "x::/n"; a bare address means just that address.</summary>
    public static bool TryParse(string? text, out IPNetwork network, out string? error)
    {
        network = default;
        error = null;
        var value = text?.Trim() ?? string.Empty;
        if (!value.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(value, out var single))
        {
            network = new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        if (IPNetwork.TryParse(value, out network))
        {
            // Some runtimes quietly clear host bits ("127.0.0.1/8" as 127.0.0.0/8); say so instead, it is usually a typo.
            if (IPAddress.TryParse(value.Split('/')[0], out var written) && !written.Equals(network.BaseAddress))
            {
                error = $"'{text}' has bits set after the prefix; did you mean {network}?";
                return false;
            }

            return true;
        }

        error = value.Contains('/', StringComparison.Ordinal)
            ? $"'{text}' is not a network in CIDR notation (address/prefix, with no bits set after the prefix, e.g. 127.0.0.0/8)"
            : $"'{text}' is neither an IP address nor a network in CIDR notation (e.g. 127.0.0.0/8)";
        return false;
    }
}
