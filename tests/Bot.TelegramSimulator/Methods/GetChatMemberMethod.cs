using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>getChatMember: the status the test set with BotApiSimulator.SetMemberStatus, "member" otherwise.</summary>
internal sealed class GetChatMemberMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "getChatMember";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var userId = call.Long("user_id") ?? throw BotApiException.BadRequest("user_id is empty");
        var user = userId == state.Bot.Id ? state.Bot.ToUserJson() : state.Members.User(userId);
        return Task.FromResult<JsonNode?>(ChatMemberJson.Create(state.Members.Status(chat.Id, userId), user));
    }
}
