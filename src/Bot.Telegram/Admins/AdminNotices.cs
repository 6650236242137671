using System.Globalization;
using Bot.Knowledge.Chats;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Admins;

/// <summary>
/// Notices for the bot's administrators (Telegram:AdminIds), each in the language that admin chose or last wrote in.
/// One admin who blocked the bot does not keep the others uninformed. The host decides what is worth a notice.
/// </summary>
public sealed class AdminNotices(ReplySender sender, ChatDirectory chats, IOptions<TelegramOptions> options, ILogger<AdminNotices> logger)
{
    /// <summary>A watched source has failed <paramref name="failures"/> times in a row.</summary>
    public Task SourceFailingAsync(string source, string url, int failures, string? lastError, DateTimeOffset? nextAttempt, CancellationToken ct) =>
        SendAsync(lang => BotTexts.Get(lang, "source_failing", source, failures, lastError ?? "?",
            nextAttempt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "?", url), ct);

    /// <summary>A source that was reported failing works again.</summary>
    public Task SourceRecoveredAsync(string source, string url, CancellationToken ct) =>
        SendAsync(lang => BotTexts.Get(lang, "source_recovered", source, url), ct);

    async Task SendAsync(Func<string, string> text, CancellationToken ct)
    {
        foreach (var admin in options.Value.AdminIds.Distinct())
        {
            var chat = chats.Get(admin);
            try
            {
                await sender.SendAsync(admin, Reply.Text(Html.Escape(text(chat?.Language ?? chat?.SeenLanguage ?? "en"))), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not send a notice to admin {AdminId}: {Error}", admin, Hosting.TelegramErrors.Describe(e));
            }
        }
    }
}
