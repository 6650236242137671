using System.Net;
using System.Net.Sockets;

namespace Bot.TestKit;

/// <summary>
/// A loopback port for a server the test does not start itself (the bot's webhook listener, in its own process) and
/// must therefore name in advance. Port 0 would hand out a port from the system's ephemeral range, where every outgoing
/// connection of every test running beside it also takes its local port: between the test's check and the bot's bind
/// one of them can take it ("Address already in use"). So the port is drawn from below that range, where only another
/// such draw can land, and checked free. Nothing here can remove the race entirely; it makes a collision need two
/// tests to draw the same one of 10,000 ports within the same second.
/// </summary>
public static class ListenPort
{
    const int First = 20000, Count = 10000;

    public static int Free()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = First + Random.Shared.Next(Count);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: draw again.
            }
        }
        throw new InvalidOperationException($"no free loopback port in {First}–{First + Count - 1} after 100 draws");
    }
}
