using System.Text.RegularExpressions;
using Bot.Knowledge.Chats;
using Bot.Telegram.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>
/// /quiet 22-07 [hold|silent] [ZONE] — alerts in those hours of the chat's time zone wait until the end, or arrive
/// without sound; ZONE (Asia/Almaty, +05) is remembered for the chat; /quiet ZONE changes only the zone; /quiet off.
/// </summary>
public sealed partial class QuietHandler(GroupAdmins admins, ChatDirectory chats) : ICommandHandler
{
    [GeneratedRegex(@"^(?<a>\d{1,2})\s*-\s*(?<b>\d{1,2})(?=\s|$)")] private static partial Regex Hours();
    [GeneratedRegex(@"^(?:hold|silent)$", RegexOptions.IgnoreCase)] private static partial Regex Mode();
    // What a user means as a zone even when it is not one we know: a region name, an offset, UTC±.
    [GeneratedRegex(@"^(?:[A-Za-z_]+/\S+|[+-]\d|(?:UTC|GMT)\S*)", RegexOptions.IgnoreCase)] private static partial Regex ZoneLike();

    public string Command => "quiet";

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (ctx.Message.IsGroup && !await admins.IsAdminAsync(ctx.ChatId, ctx.Message.UserId, ct))
            return Text(ctx, "group_admin_only");
        var argument = ctx.Argument.Trim();
        if (argument.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            chats.SetQuietHours(ctx.ChatId, null, null, "silent");
            return Text(ctx, "quiet_off");
        }
        (int Start, int End)? hours = null;
        if (Hours().Match(argument) is { Success: true } h)
        {
            if (!int.TryParse(h.Groups["a"].Value, out var a) || !int.TryParse(h.Groups["b"].Value, out var b) || a > 23 || b > 23 || a == b)
                return Text(ctx, "quiet_usage");
            hours = (a, b);
            argument = argument[h.Length..];
        }
        string? mode = null, zone = null;
        foreach (var token in argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Mode().IsMatch(token) && mode is null) mode = token.ToLowerInvariant();
            else if (zone is null && ChatTimeZone.TryParse(token, out var canonical)) zone = canonical;
            else return ZoneLike().IsMatch(token) ? Text(ctx, "quiet_bad_zone", token) : Text(ctx, "quiet_usage");
        }
        if (hours is null && (zone is null || mode is not null)) return Text(ctx, "quiet_usage");
        if (zone is not null) chats.SetTimeZone(ctx.ChatId, zone);
        if (hours is { } set) chats.SetQuietHours(ctx.ChatId, set.Start, set.End, mode ?? "silent");
        var chat = chats.Get(ctx.ChatId)!;
        if (chat.QuietStart is not { } start || chat.QuietEnd is not { } end) return Text(ctx, "quiet_zone_set", ChatTimeZone.Label(chat));
        return Text(ctx, "quiet_set", start.ToString("00", null), end.ToString("00", null), BotTexts.Get(ctx.Lang, "quiet_" + chat.QuietMode), ChatTimeZone.Label(chat));
    }

    static Reply Text(HandlerContext ctx, string key, params object[] args) => Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, key, args)));
}
