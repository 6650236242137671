using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram;

/// <summary>Section "Telegram". The token comes from the environment or user secrets, never from a file in the repository.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>"123456:ABC…" from @BotFather.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>A self-hosted Bot API server or a simulator; empty means api.telegram.org.</summary>
    public string ApiBaseUrl { get; set; } = "";

    public List<long> AdminIds { get; set; } = [];

    [Range(1, 1000)] public int QuestionsPerMinute { get; set; } = 20;

    [Range(1, 50)] public int LongPollSeconds { get; set; } = 25;

    /// <summary>"typing…" appears only for answers slower than this: an instant answer needs no indicator, and it costs a request.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")] public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Chats answered at once; one chat's messages are always answered in order.</summary>
    [Range(1, 64)] public int MaxConcurrentChats { get; set; } = 4;

    public WebhookOptions Webhook { get; set; } = new();

    public bool HasValidToken => TokenFormat.IsValid(BotToken);
}
