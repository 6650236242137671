using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>The simulated methods by name; Bot API method names are case-insensitive.</summary>
internal static class MethodTable
{
    public static IReadOnlyDictionary<string, IBotApiMethod> Create(SimulatorState state)
    {
        IBotApiMethod[] methods =
        [
            new GetMeMethod(state), new GetUpdatesMethod(state),
            new SetWebhookMethod(state), new DeleteWebhookMethod(state), new GetWebhookInfoMethod(state),
            new SendMessageMethod(state), new EditMessageTextMethod(state), new DeleteMessageMethod(state),
            new SendPhotoMethod(state), new SendDocumentMethod(state), new SendChatActionMethod(state), new AnswerCallbackQueryMethod(state),
            new SetMyCommandsMethod(state), new GetMyCommandsMethod(state), new DeleteMyCommandsMethod(state),
            new GetFileMethod(state), new GetChatMemberMethod(state), new GetChatAdministratorsMethod(state),
        ];
        return methods.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }
}
