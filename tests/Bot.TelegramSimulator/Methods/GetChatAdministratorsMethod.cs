using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>getChatAdministrators: the creator and administrators the test set; a private chat has none, as Telegram says.</summary>
internal sealed class GetChatAdministratorsMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "getChatAdministrators";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        if (chat.IsPrivate)
        {
            throw BotApiException.BadRequest("there are no administrators in the private chat");
        }

        var list = new JsonArray();
        foreach (var userId in state.Members.Administrators(chat.Id))
        {
            var user = userId == state.Bot.Id ? state.Bot.ToUserJson() : state.Members.User(userId);
            list.Add(ChatMemberJson.Create(state.Members.Status(chat.Id, userId), user));
        }

        return Task.FromResult<JsonNode?>(list);
    }
}
