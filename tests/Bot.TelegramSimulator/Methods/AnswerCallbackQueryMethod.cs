using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>answerCallbackQuery: one answer per injected query, as Telegram allows.</summary>
internal sealed class AnswerCallbackQueryMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "answerCallbackQuery";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var id = call.String("callback_query_id") ?? string.Empty;
        if (!state.Callbacks.TryAnswer(id))
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        state.Journal.CallbackAnswers.Add(new CallbackAnswer(
            id, call.String("text"), call.Bool("show_alert"), call.String("url"), call.Int("cache_time"), state.Clock.GetUtcNow()));
        return Task.FromResult<JsonNode?>(true);
    }
}
