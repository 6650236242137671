using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.TelegramSimulator.State;

/// <summary>The simulated bot's own user; its id is the number before the colon of the token, as in Telegram.</summary>
internal sealed record BotIdentity(long Id, string FirstName, string Username)
{
    public static BotIdentity FromOptions(BotApiSimulatorOptions options)
    {
        var colon = options.Token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !long.TryParse(options.Token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new ArgumentException("A bot token looks like \"123456:secret\"; Telegram.Bot refuses any other.", nameof(options));
        }

        return new BotIdentity(id, options.BotFirstName, options.BotUsername);
    }

    public JsonObject ToUserJson() => new()
    {
        ["id"] = Id, ["is_bot"] = true, ["first_name"] = FirstName, ["username"] = Username,
    };
}
