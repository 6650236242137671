using System.Net;
using System.Net.Sockets;

namespace Bot.Knowledge.Fetching;

/// <summary>
/// Which addresses a feed may point us at. A feed or an article link is written by someone else: without this, a
/// link to 127.0.0.1, 10.0.0.5 or 169.254.169.254 (cloud metadata) would make the bot fetch from inside our network.
/// </summary>
public static class NetworkGuard
{
    /// <summary>True for addresses on the public internet; false for loopback, private, link-local, shared, multicast and reserved ranges.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224                 // "this network", private, loopback, multicast and reserved
        || b[0] == 100 && b[1] is >= 64 and <= 127       // carrier-grade NAT (100.64/10)
        || b[0] == 169 && b[1] == 254                    // link-local, cloud metadata
        || b[0] == 172 && b[1] is >= 16 and <= 31        // private
        || b[0] == 192 && b[1] == 168                    // private
        || b[0] == 192 && b[1] == 0 && b[2] is 0 or 2    // IETF protocol assignments, TEST-NET-1
        || b[0] == 198 && b[1] is 18 or 19               // benchmarking
        || b[0] == 198 && b[1] == 51 && b[2] == 100      // TEST-NET-2
        || b[0] == 203 && b[1] == 0 && b[2] == 113);     // TEST-NET-3

    static bool IsPublicV6(IPAddress a)
    {
        if (IPAddress.IsLoopback(a) || a.Equals(IPAddress.IPv6None) || a.IsIPv6LinkLocal || a.IsIPv6SiteLocal || a.IsIPv6Multicast) return false;
        var b = a.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) return false;                       // unique local fc00::/7
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return false; // documentation 2001:db8::/32
        if (b[0] == 0x00 && b.Take(12).All(x => x == 0)) return false;  // IPv4-compatible and unspecified ::/96
        // 6to4 and NAT64 embed an IPv4 address: judge the embedded one.
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublicV4(b[2..6]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) return IsPublicV4(b[12..16]);
        return true;
    }
}
