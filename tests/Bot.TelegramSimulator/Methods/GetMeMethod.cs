using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>getMe: the bot's user with the capability flags only getMe reports.</summary>
internal sealed class GetMeMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "getMe";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var me = state.Bot.ToUserJson();
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return Task.FromResult<JsonNode?>(me);
    }
}
