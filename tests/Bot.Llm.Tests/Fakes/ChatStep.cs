using System.Net;
using System.Text;
using System.Text.Json;

namespace Bot.Llm.Tests.Fakes;

/// <summary>One scripted reply of the fake model to one /v1/chat/completions request.</summary>
public sealed record ChatStep(Func<CancellationToken, Task<HttpResponseMessage>> Reply, string Label)
{
    static int _ids;

    /// <summary>The model calls one knowledge tool (wire name "Knowledge-&lt;function&gt;") with these arguments.</summary>
    public static ChatStep ToolCall(string function, object arguments) => Json(new
    {
        id = "chatcmpl-" + Interlocked.Increment(ref _ids),
        @object = "chat.completion",
        created = 1_750_000_000,
        model = "test-model",
        choices = new[]
        {
            new
            {
                index = 0,
                message = new
                {
                    role = "assistant",
                    content = (string?)null,
                    tool_calls = new[]
                    {
                        new { id = "call_" + Interlocked.Increment(ref _ids), type = "function", function = new { name = "Knowledge-" + function, arguments = JsonSerializer.Serialize(arguments) } },
                    },
                },
                finish_reason = "tool_calls",
            },
        },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    }, $"tool {function}");

    /// <summary>The model's final text.</summary>
    public static ChatStep Answer(string text) => Json(new
    {
        id = "chatcmpl-" + Interlocked.Increment(ref _ids),
        @object = "chat.completion",
        created = 1_750_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    }, "answer");

    public static ChatStep Status(HttpStatusCode status) =>
        new(_ => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("{\"error\":{\"message\":\"scripted failure\"}}", Encoding.UTF8, "application/json") }), $"status {(int)status}");

    public static ChatStep Malformed() =>
        new(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\": \"chatcmpl-x\", \"choices\": [ {\"message\": ", Encoding.UTF8, "application/json") }), "malformed");

    /// <summary>A model that never answers (until the request is cancelled).</summary>
    public static ChatStep Hang() => new(async ct =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        throw new InvalidOperationException("unreachable");
    }, "hang");

    static ChatStep Json(object body, string label) =>
        new(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") }), label);
}
