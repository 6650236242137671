using System.Text.Json.Nodes;
using Bot.TelegramSimulator.State;
using Microsoft.AspNetCore.Http;

namespace Bot.TelegramSimulator.Http;

/// <summary>The Bot API's envelope: {"ok":true,"result":...} or {"ok":false,"error_code":N,"description":...}.</summary>
internal static class ApiReply
{
    public static Task WriteOkAsync(HttpResponse response, JsonNode? result, CancellationToken cancellationToken) =>
        WriteAsync(response, StatusCodes.Status200OK, new JsonObject { ["ok"] = true, ["result"] = result }, cancellationToken);

    public static Task WriteErrorAsync(HttpResponse response, SimulatedError error, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = error.ErrorCode, ["description"] = error.Description };
        var parameters = new JsonObject();
        if (error.RetryAfter is { } retryAfter)
        {
            parameters["retry_after"] = retryAfter;
        }

        if (error.MigrateToChatId is { } migrateTo)
        {
            parameters["migrate_to_chat_id"] = migrateTo;
        }

        if (parameters.Count > 0)
        {
            body["parameters"] = parameters;
        }

        return WriteAsync(response, error.ErrorCode, body, cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse response, int status, JsonObject body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString(WireJson.Options), cancellationToken);
    }
}
