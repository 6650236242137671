using System.Collections.Concurrent;
using System.Net;

namespace Bot.Llm.Tests.Fakes;

/// <summary>
/// An OpenAI-compatible /v1/chat/completions endpoint in process: each request gets the next scripted step, and is
/// recorded. It is the primary handler under the real "llm" pipeline, so the real SK connector, resilience and budget
/// handlers all run. A request beyond the script is a test failure (500 with a message saying so).
/// </summary>
public sealed class ScriptedChatCompletions : HttpMessageHandler
{
    readonly ConcurrentQueue<ChatStep> _script = new();
    readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public ScriptedChatCompletions Then(params ChatStep[] steps)
    {
        foreach (var step in steps) _script.Enqueue(step);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(), body));
        if (!request.RequestUri.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal))
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        if (!_script.TryDequeue(out var step))
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("the test script has no step for this request") };
        return await step.Reply(cancellationToken);
    }
}
