using System.Net;
using PosVendas.Infrastructure.Notifications;

namespace PosVendas.WebApi.FunctionalTests.Notifications;

/// <summary>
/// The webhook address check against the IANA IPv4 and IPv6 Special-Purpose Address Registries: every range that is
/// not globally reachable is refused at both ends and in the middle, and IPv6 forms of an IPv4 address are judged by
/// the IPv4 address they carry.
/// </summary>
public sealed class SpecialPurposeAddressTests
{
    public static TheoryData<string> NotGloballyReachable => new()
    {
        // IPv4 registry
        "0.0.0.0", "0.255.255.255", "10.0.0.0", "10.255.255.255", "100.64.0.0", "100.127.255.255", "127.0.0.1",
        "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.0", "192.0.0.8", "192.0.0.11", "192.0.0.170", "192.0.0.255",
        "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.10",
        "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
        // IPv6 registry
        "::", "::1", "64:ff9b:1::1", "100::1", "100::1:0:0:1", "2001::", "2001:2::1", "2001:1ff:ffff::1", "2001:db8::1",
        "3fff::1", "5f00::1", "fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%2", "fec0::1", "ff02::1",
        // IPv6 forms of internal IPv4 addresses
        "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::",
        "2002:c0a8:101::1", "2001:0:4136:e378:8000:63bf:80ff:fffe", // Teredo: client 127.0.0.1 (bits inverted)
        "2001:0:c0a8:101::1", // Teredo: server 192.168.1.1
    };

    public static TheoryData<string> GloballyReachable => new()
    {
        "1.1.1.1", "8.8.8.8", "93.184.215.14", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
        "192.0.0.9", "192.0.0.10", "192.0.1.1", "192.31.196.1", "192.52.193.1", "192.175.48.1", "198.17.255.255", "198.20.0.0", "223.255.255.255",
        "2606:4700:4700::1111", "2a00:1450:4001:81b::200e", "2001:1::1", "2001:3::1", "2001:4:112::1", "2001:20::1",
        "2001:30::1", "2620:4f:8000::1",
        // IPv6 forms of public IPv4 addresses
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
    };

    [Theory]
    [MemberData(nameof(NotGloballyReachable))]
    public void An_address_in_a_range_that_is_not_globally_reachable_is_internal(string address) =>
        WebhookUrlPolicy.IsInternal(IPAddress.Parse(address)).Should().BeTrue();

    [Theory]
    [MemberData(nameof(GloballyReachable))]
    public void A_globally_reachable_address_is_not_internal(string address) =>
        WebhookUrlPolicy.IsInternal(IPAddress.Parse(address)).Should().BeFalse();

    [Fact]
    public void Every_registry_range_is_refused_at_its_first_middle_and_last_address()
    {
        var ranges = SpecialPurposeAddresses.IPv4.Concat(SpecialPurposeAddresses.IPv6).Select(entry => entry.Range).ToList();
        ranges.Should().HaveCount(28);

        foreach (var range in ranges)
        {
            foreach (var address in new[] { First(range), Middle(range), Last(range) })
            {
                var exception = SpecialPurposeAddresses.GloballyReachableExceptions.Any(reachable => reachable.Contains(address));
                WebhookUrlPolicy.IsInternal(address).Should().Be(!exception, $"{address} is in {range}");
            }
        }
    }

    [Fact]
    public void The_globally_reachable_exceptions_the_registries_list_are_allowed()
    {
        foreach (var range in SpecialPurposeAddresses.GloballyReachableExceptions)
        {
            WebhookUrlPolicy.IsInternal(First(range)).Should().BeFalse(range.ToString());
            WebhookUrlPolicy.IsInternal(Last(range)).Should().BeFalse(range.ToString());
        }
    }

    [Fact]
    public void Every_ipv4_range_is_refused_in_each_ipv6_form_that_embeds_it()
    {
        foreach (var (range, name) in SpecialPurposeAddresses.IPv4)
        {
            var v4 = Middle(range).GetAddressBytes();
            var forms = new[]
            {
                IPAddress.Parse($"::{new IPAddress(v4)}"),
                IPAddress.Parse($"::ffff:{new IPAddress(v4)}"),
                IPAddress.Parse($"64:ff9b::{new IPAddress(v4)}"),
                new IPAddress([0x20, 0x02, .. v4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                new IPAddress([0x20, 0x01, 0, 0, 0x41, 0x36, 0xe3, 0x78, 0x80, 0, 0x63, 0xbf, .. v4.Select(b => (byte)~b)]),
            };

            forms.Should().OnlyContain(form => WebhookUrlPolicy.IsInternal(form), name);
        }
    }

    private static IPAddress First(IPNetwork range) => range.BaseAddress;

    /// <summary>The base address with the highest host bit set: halfway through the range.</summary>
    private static IPAddress Middle(IPNetwork range) => WithHostBits(range, range.PrefixLength, range.PrefixLength + 1);

    private static IPAddress Last(IPNetwork range) => WithHostBits(range, range.PrefixLength, int.MaxValue);

    /// <summary>The range's base address with the bits from <paramref name="from"/> up to (not including) <paramref name="to"/> set.</summary>
    private static IPAddress WithHostBits(IPNetwork range, int from, int to)
    {
        var bytes = range.BaseAddress.GetAddressBytes();
        for (var bit = from; bit < Math.Min(to, bytes.Length * 8); bit++)
        {
            bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return new IPAddress(bytes);
    }
}
