namespace Bot.Telegram.Routing;

/// <summary>Who the bot is (from getMe at start): its username decides which group messages are addressed to it.</summary>
public sealed class BotIdentity
{
    public string Username { get; set; } = "";
    public long Id { get; set; }
}
