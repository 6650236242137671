using System.Text.Json;

namespace Bot.Llm.Tests.Fakes;

/// <summary>A request the fake model received: where it went, its auth header, and the chat it carried.</summary>
public sealed record RecordedRequest(string Path, string? Authorization, string Body)
{
    JsonElement Root => JsonDocument.Parse(Body).RootElement;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        Root.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentOf(m))).ToList();

    public string SystemMessage => Messages.Single(m => m.Role == "system").Content;

    public string UserMessage => Messages.Last(m => m.Role == "user").Content;

    public IReadOnlyList<string> ToolMessages => Messages.Where(m => m.Role == "tool").Select(m => m.Content).ToList();

    public IReadOnlyList<string> ToolNames =>
        Root.TryGetProperty("tools", out var tools) ? tools.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()!).ToList() : [];

    public double? Temperature => Root.TryGetProperty("temperature", out var t) ? t.GetDouble() : null;

    static string ContentOf(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null) return "";
        if (content.ValueKind == JsonValueKind.String) return content.GetString()!;
        // Content parts: [{"type":"text","text":"…"}]
        return string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));
    }
}
