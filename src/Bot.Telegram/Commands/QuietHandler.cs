using System.Text.RegularExpressions;
using Bot.Knowledge.Chats;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/quiet 22-07 [hold|silent] — alerts in those UTC hours wait until the end, or arrive without sound; /quiet off.</summary>
public sealed partial class QuietHandler(GroupAdmins admins, ChatDirectory chats) : ICommandHandler
{
    [GeneratedRegex(@"^(?<a>\d{1,2})\s*-\s*(?<b>\d{1,2})(?:\s+(?<mode>hold|silent))?$", RegexOptions.IgnoreCase)] private static partial Regex Pattern();

    public string Command => "quiet";

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (ctx.Message.IsGroup && !await admins.IsAdminAsync(ctx.ChatId, ctx.Message.UserId, ct))
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "group_admin_only")));
        if (ctx.Argument.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            chats.SetQuietHours(ctx.ChatId, null, null, "silent");
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "quiet_off")));
        }
        var m = Pattern().Match(ctx.Argument.Trim());
        if (!m.Success || !int.TryParse(m.Groups["a"].Value, out var a) || !int.TryParse(m.Groups["b"].Value, out var b) || a > 23 || b > 23 || a == b)
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "quiet_usage")));
        var mode = m.Groups["mode"].Success ? m.Groups["mode"].Value.ToLowerInvariant() : "silent";
        chats.SetQuietHours(ctx.ChatId, a, b, mode);
        return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "quiet_set", a.ToString("00", null), b.ToString("00", null), BotTexts.Get(ctx.Lang, "quiet_" + mode))));
    }
}
