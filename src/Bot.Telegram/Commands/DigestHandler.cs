using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Answering.Localization;
using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Digests;
using Bot.Telegram.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>
/// /digest daily|weekly [HOUR] [ZONE] — this chat's alerts gathered into one message a day (or each Monday) at that
/// hour of its zone (remembered, as /quiet remembers it); /digest off — each alert as it comes, and what was kept
/// for the digest is sent now; /digest alone says how it is set. The words work in the four languages.
/// </summary>
public sealed partial class DigestHandler(GroupAdmins admins, ChatDirectory chats, DigestBook digests, SubscriptionBook subscriptions) : ICommandHandler
{
    const int DefaultHour = 9;

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::00)?$")] private static partial Regex Hour();

    public string Command => "digest";

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (ctx.Message.IsGroup && !await admins.IsAdminAsync(ctx.ChatId, ctx.Message.UserId, ct))
            return Text(ctx, "group_admin_only");
        var words = ctx.Argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return Status(ctx);
        if (IsWord(words[0], "off") && words.Length == 1)
        {
            var released = digests.Off(ctx.ChatId);
            return released > 0 ? Text(ctx, "digest_off_released", released) : Text(ctx, "digest_off");
        }
        var mode = IsWord(words[0], "daily") ? DigestBook.Daily : IsWord(words[0], "weekly") ? DigestBook.Weekly : null;
        if (mode is null) return Text(ctx, "digest_usage");
        int? hour = null;
        string? zone = null;
        foreach (var word in words.Skip(1))
        {
            if (hour is null && Hour().Match(word) is { Success: true } h && int.Parse(h.Groups["h"].Value, CultureInfo.InvariantCulture) is var value and < 24) hour = value;
            else if (zone is null && ChatTimeZone.TryParse(word, out var canonical)) zone = canonical;
            else return word.Contains('/', StringComparison.Ordinal) || word.StartsWith('+') || word.StartsWith('-')
                ? Text(ctx, "quiet_bad_zone", word) : Text(ctx, "digest_usage");
        }
        if (zone is not null) chats.SetTimeZone(ctx.ChatId, zone);
        digests.Set(ctx.ChatId, mode, hour ?? ctx.Chat.DigestHour ?? DefaultHour);
        var reply = Confirmation(ctx, chats.Get(ctx.ChatId)!);
        if (subscriptions.ForChat(ctx.ChatId).Count == 0) reply += "\n" + BotTexts.Get(ctx.Lang, "digest_no_subscriptions");
        return Reply.Text(Html.Escape(reply));
    }

    static Reply Status(HandlerContext ctx) =>
        ctx.Chat.Digest is null ? Text(ctx, "digest_status_off") : Reply.Text(Html.Escape(Confirmation(ctx, ctx.Chat) + "\n\n" + BotTexts.Get(ctx.Lang, "digest_usage")));

    static string Confirmation(HandlerContext ctx, ChatRow chat) =>
        BotTexts.Get(ctx.Lang, chat.Digest == DigestBook.Weekly ? "digest_set_weekly" : "digest_set_daily",
            (chat.DigestHour ?? DefaultHour).ToString("00", CultureInfo.InvariantCulture), ChatTimeZone.Label(chat));

    /// <summary>The English word, or the word in any of the four languages (bot-texts.json, word.*).</summary>
    static bool IsWord(string text, string word) =>
        text.Equals(word, StringComparison.OrdinalIgnoreCase)
        || Texts.Languages.Any(l => text.Equals(BotTexts.Get(l, "word." + word), StringComparison.OrdinalIgnoreCase));

    static Reply Text(HandlerContext ctx, string key, params object[] args) => Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, key, args)));
}
