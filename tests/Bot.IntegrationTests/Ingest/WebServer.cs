using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.IntegrationTests.Ingest;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (port chosen by the system) that answers any Host name — so the same page can
/// be reached as 127.0.0.1 and as localhost — with canned pages, redirects, or a body that trickles in a byte at a time.
/// </summary>
internal sealed class WebServer : IDisposable
{
    public abstract record Response;
    public sealed record Page(string ContentType, string Body) : Response;
    public sealed record Redirect(string Location) : Response;
    /// <summary>Promises a body and sends one byte per interval, never finishing in time.</summary>
    public sealed record Trickle(TimeSpan Interval) : Response;
    /// <summary>Promises a body, sends the start of it and hangs up: a server that crashed mid-reply.</summary>
    public sealed record CutShort : Response;

    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly ConcurrentDictionary<string, Response> _routes = new(StringComparer.Ordinal);
    readonly CancellationTokenSource _stop = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public WebServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Url(string path, string host = "127.0.0.1") => $"http://{host}:{Port}{path}";

    public void Add(string path, Response response) => _routes[path] = response;

    async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync(_stop.Token) ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token))) { }
                var path = requestLine.Split(' ') is [_, var p, ..] ? p : "/";
                Requests.Enqueue(path);
                await RespondAsync(stream, _routes.GetValueOrDefault(path));
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client hung up (a refused or timed-out download): nothing to answer.
            }
        }
    }

    async Task RespondAsync(NetworkStream stream, Response? response)
    {
        switch (response)
        {
            case Page page:
                var body = Encoding.UTF8.GetBytes(page.Body);
                await WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: {page.ContentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(body, _stop.Token);
                break;
            case Redirect redirect:
                await WriteAsync(stream, $"HTTP/1.1 302 Found\r\nLocation: {redirect.Location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                break;
            case Trickle trickle:
                await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n<html>");
                while (!_stop.IsCancellationRequested)
                {
                    await Task.Delay(trickle.Interval, _stop.Token);
                    await stream.WriteAsync("a"u8.ToArray(), _stop.Token);
                }
                break;
            case CutShort:
                await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n<html><body>Trade between");
                break;
            default:
                await WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                break;
        }
    }

    Task WriteAsync(NetworkStream stream, string head) => stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token).AsTask();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
