using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 for the real program or bot to call. It answers with the
/// amount of the first figure fact it was given, citing that fact's id (a grounded answer by construction). Asked to
/// condense a follow-up, it prefixes the conversation's last question, and records the conversation it was shown.
/// </summary>
public sealed class FactEchoModel : IDisposable
{
    readonly LoopbackHttp _server;
    int _requests;
    readonly ConcurrentQueue<string> _conversations = new();

    public FactEchoModel()
    {
        _server = new LoopbackHttp(ServeAsync);
        Endpoint = _server.BaseUrl + "/v1";
    }

    public string Endpoint { get; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>While set, every request gets 500 with an error body, as a provider having an outage answers.</summary>
    public bool Failing { get; set; }

    /// <summary>The conversation blocks of the condense requests, in order.</summary>
    public IReadOnlyList<string> CondensedConversations => [.. _conversations];

    async Task ServeAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Failing)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}""");
            return;
        }
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var reply = Reply(JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-echo", @object = "chat.completion", created = 1_750_000_000, model = "echo",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = reply }, finish_reason = "stop" } },
        }));
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

    public void Dispose() => _server.Dispose();
}
