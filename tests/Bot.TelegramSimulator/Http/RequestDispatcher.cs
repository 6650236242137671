using System.Text.Json;
using Bot.TelegramSimulator.Methods;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;
using Microsoft.AspNetCore.Http;

namespace Bot.TelegramSimulator.Http;

/// <summary>
/// Routes /bot{token}/{method} and /file/bot{token}/{path} as the Bot API does: token first (401), then the method
/// (404), then the faults the test set, then the method itself. Every reply is counted.
/// </summary>
internal sealed class RequestDispatcher(SimulatorState state, IReadOnlyDictionary<string, IBotApiMethod> methods, CancellationToken stopping)
{
    private static readonly SimulatedError Unauthorized = new(401, "Unauthorized");
    private static readonly SimulatedError NotFound = new(404, "Not Found");

    public async Task HandleAsync(HttpContext context)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await RouteAsync(context, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The bot hung up, or the simulator is stopping: drop the connection as a dying server would.
            context.Abort();
        }
    }

    private async Task RouteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var segments = (context.Request.Path.Value ?? string.Empty).Split('/', 3, StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["file", var fileToken, var filePath])
        {
            await ServeFileAsync(context.Response, fileToken, filePath, cancellationToken);
            return;
        }

        if (segments is not [var botToken, var methodName] || !botToken.StartsWith("bot", StringComparison.Ordinal))
        {
            await ApiReply.WriteErrorAsync(context.Response, NotFound, cancellationToken);
            return;
        }

        if (botToken[3..] != state.Options.Token)
        {
            state.Calls.CountError(Unauthorized.ErrorCode);
            await ApiReply.WriteErrorAsync(context.Response, Unauthorized, cancellationToken);
            return;
        }

        var method = methods.GetValueOrDefault(methodName);
        state.Calls.CountCall(method?.Name ?? methodName);
        var error = method is null ? NotFound : await InvokeAsync(method, context, cancellationToken);
        if (error is not null)
        {
            state.Calls.CountError(error.ErrorCode);
            await ApiReply.WriteErrorAsync(context.Response, error, cancellationToken);
        }
    }

    private async Task<SimulatedError?> InvokeAsync(IBotApiMethod method, HttpContext context, CancellationToken cancellationToken)
    {
        if (state.Faults.TakeCallFailure(method.Name) is { } failure)
        {
            return failure;
        }

        if (state.Faults.SlowReplyDelay(method.Name) is { } delay)
        {
            await Task.Delay(delay, cancellationToken);
        }

        try
        {
            var call = await MethodCallReader.ReadAsync(context.Request, cancellationToken);
            var result = await method.InvokeAsync(call, cancellationToken);
            try
            {
                if (state.Faults.LateAnswerDelay(method.Name) is { } late)
                {
                    await Task.Delay(late, cancellationToken);
                }

                await ApiReply.WriteOkAsync(context.Response, result, cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // Done, but the bot will never hear of it: the one case where a resend is right and still a duplicate.
                state.Journal.Unanswered.Add(new UnansweredCall(method.Name, call.Long("chat_id"), DateTimeOffset.UtcNow));
                throw;
            }

            return null;
        }
        catch (BotApiException e)
        {
            return e.Error;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            // A parameter of the wrong JSON shape (a number where Telegram wants a string, ...): Telegram answers 400,
            // and a bare 500 would leave the bot's author guessing.
            return SimulatedError.BadRequest($"can't parse {method.Name} parameters: {e.Message}");
        }
    }

    private async Task ServeFileAsync(HttpResponse response, string botToken, string filePath, CancellationToken cancellationToken)
    {
        if (botToken != "bot" + state.Options.Token)
        {
            await ApiReply.WriteErrorAsync(response, Unauthorized, cancellationToken);
            return;
        }

        if (state.Files.FindByPath(filePath) is not { } file)
        {
            await ApiReply.WriteErrorAsync(response, NotFound, cancellationToken);
            return;
        }

        response.ContentType = "application/octet-stream";
        response.ContentLength = file.Content.Length;
        await response.Body.WriteAsync(file.Content, cancellationToken);
    }
}
