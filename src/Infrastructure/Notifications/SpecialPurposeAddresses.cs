using System.Net;
using System.Net.Sockets;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// The addresses a webhook may not reach: every range of the IANA IPv4 and IPv6 Special-Purpose Address Registries
/// (RFC 6890 and its updates) that is not globally reachable, plus multicast and broadcast. An IPv6 address that
/// carries an IPv4 one (IPv4-compatible, IPv4-mapped, NAT64 well-known prefix, 6to4, Teredo) is judged by the IPv4
/// address inside, since that is where a connection would end up.
/// </summary>
internal static class SpecialPurposeAddresses
{
    /// <summary>IPv4 ranges that are not globally reachable (registry "Globally Reachable: False" or deprecated).</summary>
    public static IReadOnlyList<(IPNetwork Range, string Name)> IPv4 { get; } =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "\"This network\" (RFC 791)"),
        (IPNetwork.Parse("10.0.0.0/8"), "Private-Use (RFC 1918)"),
        (IPNetwork.Parse("100.64.0.0/10"), "Shared Address Space (RFC 6598)"),
        (IPNetwork.Parse("127.0.0.0/8"), "Loopback (RFC 1122)"),
        (IPNetwork.Parse("169.254.0.0/16"), "Link Local (RFC 3927)"),
        (IPNetwork.Parse("172.16.0.0/12"), "Private-Use (RFC 1918)"),
        (IPNetwork.Parse("192.0.0.0/24"), "IETF Protocol Assignments (RFC 6890), but for its globally reachable parts"),
        (IPNetwork.Parse("192.0.2.0/24"), "Documentation, TEST-NET-1 (RFC 5737)"),
        (IPNetwork.Parse("192.88.99.0/24"), "Deprecated 6to4 Relay Anycast (RFC 7526)"),
        (IPNetwork.Parse("192.168.0.0/16"), "Private-Use (RFC 1918)"),
        (IPNetwork.Parse("198.18.0.0/15"), "Benchmarking (RFC 2544)"),
        (IPNetwork.Parse("198.51.100.0/24"), "Documentation, TEST-NET-2 (RFC 5737)"),
        (IPNetwork.Parse("203.0.113.0/24"), "Documentation, TEST-NET-3 (RFC 5737)"),
        (IPNetwork.Parse("224.0.0.0/4"), "Multicast (RFC 5771)"),
        (IPNetwork.Parse("240.0.0.0/4"), "Reserved (RFC 1112), including Limited Broadcast (RFC 919)"),
    ];

    /// <summary>IPv6 ranges that are not globally reachable, besides those judged by the IPv4 address they carry.</summary>
    public static IReadOnlyList<(IPNetwork Range, string Name)> IPv6 { get; } =
    [
        (IPNetwork.Parse("::1/128"), "Loopback Address (RFC 4291)"),
        (IPNetwork.Parse("::/128"), "Unspecified Address (RFC 4291)"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "IPv4-IPv6 Translation, local use (RFC 8215)"),
        (IPNetwork.Parse("100::/64"), "Discard-Only Address Block (RFC 6666)"),
        (IPNetwork.Parse("100:0:0:1::/64"), "Dummy IPv6 Prefix (RFC 9780)"),
        (IPNetwork.Parse("2001::/23"), "IETF Protocol Assignments (RFC 2928), but for its globally reachable parts"),
        (IPNetwork.Parse("2001:db8::/32"), "Documentation (RFC 3849)"),
        (IPNetwork.Parse("3fff::/20"), "Documentation (RFC 9637)"),
        (IPNetwork.Parse("5f00::/16"), "Segment Routing (SRv6) SIDs (RFC 9602)"),
        (IPNetwork.Parse("fc00::/7"), "Unique-Local (RFC 4193)"),
        (IPNetwork.Parse("fe80::/10"), "Link-Local Unicast (RFC 4291)"),
        (IPNetwork.Parse("fec0::/10"), "Site-Local, deprecated (RFC 3879)"),
        (IPNetwork.Parse("ff00::/8"), "Multicast (RFC 4291)"),
    ];

    /// <summary>The globally reachable assignments inside 192.0.0.0/24 and 2001::/23, which the registries list as exceptions.</summary>
    public static IReadOnlyList<IPNetwork> GloballyReachableExceptions { get; } =
    [
        IPNetwork.Parse("192.0.0.9/32"), // Port Control Protocol Anycast (RFC 7723)
        IPNetwork.Parse("192.0.0.10/32"), // Traversal Using Relays around NAT Anycast (RFC 8155)
        IPNetwork.Parse("2001:1::1/128"), // Port Control Protocol Anycast (RFC 7723)
        IPNetwork.Parse("2001:1::2/128"), // Traversal Using Relays around NAT Anycast (RFC 8155)
        IPNetwork.Parse("2001:1::3/128"), // DNS-SD Service Registration Protocol Anycast (RFC 9665)
        IPNetwork.Parse("2001:3::/32"), // AMT (RFC 7450)
        IPNetwork.Parse("2001:4:112::/48"), // AS112-v6 (RFC 7535)
        IPNetwork.Parse("2001:20::/28"), // ORCHIDv2 (RFC 7343)
        IPNetwork.Parse("2001:30::/28"), // Drone Remote ID Protocol Entity Tags (RFC 9374)
    ];

    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Teredo = IPNetwork.Parse("2001::/32");

    /// <summary>Whether a connection to <paramref name="address"/> could reach something other than the public internet.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IPv4.Any(entry => entry.Range.Contains(address)) && !IsException(address);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        address = new IPAddress(address.GetAddressBytes()); // without a scope id, which IPNetwork does not compare
        if (EmbeddedIPv4(address) is { Length: > 0 } embedded)
        {
            return embedded.Any(IsInternal);
        }

        return IPv6.Any(entry => entry.Range.Contains(address)) && !IsException(address);
    }

    private static bool IsException(IPAddress address) => GloballyReachableExceptions.Any(range => range.Contains(address));

    /// <summary>The IPv4 addresses an IPv6 address carries (none when it carries none).</summary>
    public static IPAddress[] EmbeddedIPv4(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6 || Nat64.Contains(address)
            || (Compatible.Contains(address) && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback)))
        {
            return [new IPAddress(bytes[12..16])];
        }

        if (SixToFour.Contains(address))
        {
            return [new IPAddress(bytes[2..6])];
        }

        if (Teredo.Contains(address))
        {
            // The Teredo server's address, and the client's, stored inverted in the last 32 bits (RFC 4380).
            var client = bytes[12..16].Select(b => (byte)~b).ToArray();
            return [new IPAddress(bytes[4..8]), new IPAddress(client)];
        }

        return [];
    }
}
