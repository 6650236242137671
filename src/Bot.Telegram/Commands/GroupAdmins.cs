using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Commands;

/// <summary>Whether a user may change a group's alerts: its creator or administrators. Unknown means no.</summary>
public sealed class GroupAdmins(ITelegramBotClient bot, ILogger<GroupAdmins> logger)
{
    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct)
    {
        try
        {
            var member = await bot.GetChatMember(chatId, userId, ct);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not check admin rights of user {UserId} in chat {ChatId}", userId, chatId);
            return false;
        }
    }
}
