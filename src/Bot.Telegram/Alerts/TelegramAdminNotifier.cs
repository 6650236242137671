using System.Globalization;
using Bot.Knowledge;
using Bot.Sources.Monitoring;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Alerts;

/// <summary>
/// Sends the source monitor's notices (a source keeps failing, or works again) to every Telegram:AdminIds id, each in
/// the language that admin chose or last wrote in. One admin who blocked the bot does not keep the others uninformed.
/// </summary>
public sealed class TelegramAdminNotifier(ReplySender sender, KnowledgeStore store, IOptions<TelegramOptions> options, ILogger<TelegramAdminNotifier> logger)
    : IAdminNotifier
{
    public async Task NotifyAsync(SourceNotice notice, CancellationToken ct)
    {
        foreach (var admin in options.Value.AdminIds.Distinct())
        {
            var chat = store.Chats.Get(admin);
            var text = Render(notice, chat?.Language ?? chat?.SeenLanguage ?? "en");
            try
            {
                await sender.SendAsync(admin, Reply.Text(Html.Escape(text)), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not send the source notice to admin {AdminId}: {Error}", admin, e.Message);
            }
        }
    }

    static string Render(SourceNotice notice, string lang) => notice.Kind == SourceNoticeKind.Failing
        ? BotTexts.Get(lang, "source_failing", notice.SourceName, notice.ConsecutiveFailures, notice.LastError ?? "?",
            notice.NextAttempt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "?", notice.Url)
        : BotTexts.Get(lang, "source_recovered", notice.SourceName, notice.Url);
}
