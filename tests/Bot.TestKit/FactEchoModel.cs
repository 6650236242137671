using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Bot.TestKit;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 for the real program or bot to call. It answers with the
/// amount of the first figure fact it was given, citing that fact's id (a grounded answer by construction). Asked to
/// condense a follow-up, it prefixes the conversation's last question, and records the conversation it was shown.
/// </summary>
public sealed class FactEchoModel : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Task _loop;
    int _requests;
    readonly ConcurrentQueue<string> _conversations = new();

    public FactEchoModel()
    {
        Endpoint = $"http://127.0.0.1:{FreePort()}/v1";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The conversation blocks of the condense requests, in order.</summary>
    public IReadOnlyList<string> CondensedConversations => [.. _conversations];

    static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Interlocked.Increment(ref _requests);
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var reply = Reply(JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement);
            var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
            {
                id = "chatcmpl-echo", @object = "chat.completion", created = 1_750_000_000, model = "echo",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = reply }, finish_reason = "stop" } },
            }));
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    string Reply(JsonElement request)
    {
        var user = request.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;
        if (!request.TryGetProperty("tools", out _)) return Condense(user);
        foreach (var line in Inside(user, "<facts>", "</facts>").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fact = JsonDocument.Parse(line).RootElement;
            if (fact.GetProperty("type").GetString() == "figure")
                return $"{fact.GetProperty("amount").GetString()} [{fact.GetProperty("id").GetString()}]";
        }
        return "NOT_FOUND";
    }

    string Condense(string prompt)
    {
        var conversation = Inside(prompt, "<conversation>", "</conversation>");
        _conversations.Enqueue(conversation);
        var lastQuestion = conversation.Split('\n').LastOrDefault(l => l.StartsWith("user: ", StringComparison.Ordinal))?["user: ".Length..];
        var message = Inside(prompt, "<last_message>", "</last_message>");
        return lastQuestion is null ? message : $"{lastQuestion} {message}";
    }

    static string Inside(string text, string open, string close)
    {
        var start = text.LastIndexOf(open, StringComparison.Ordinal) + open.Length;
        return text[start..text.LastIndexOf(close, StringComparison.Ordinal)].Trim();
    }

    public void Dispose()
    {
        if (!_listener.IsListening) return;
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
