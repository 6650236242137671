using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Sends a reply: HTML split into parts under the limit, buttons on the last part, and — if Telegram cannot
/// parse the HTML — the same text again as plain text rather than nothing.
/// </summary>
public sealed class ReplySender(ITelegramBotClient bot, ILogger<ReplySender> logger)
{
    /// <summary>The text first, then the photo: a photo that cannot be sent (a Bot API without sendPhoto, a network error) costs only the picture.</summary>
    public async Task<Message?> SendAsync(long chatId, Reply reply, CancellationToken ct)
    {
        var sent = await SendTextAsync(chatId, reply, ct);
        if (reply.Photo is { } photo) await SendPhotoAsync(chatId, photo, reply.PhotoCaption, ct);
        if (reply.Document is { } document) await SendDocumentAsync(chatId, document, ct);
        return sent;
    }

    async Task SendDocumentAsync(long chatId, ReplyDocument document, CancellationToken ct)
    {
        try
        {
            await using var stream = new MemoryStream(document.Content);
            await bot.SendDocument(chatId, InputFile.FromStream(stream, document.FileName), cancellationToken: ct);
        }
        catch (RequestException e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Sending the file {FileName} to chat {ChatId} failed; the text was sent without it", document.FileName, chatId);
        }
    }

    async Task SendPhotoAsync(long chatId, byte[] photo, string? caption, CancellationToken ct)
    {
        try
        {
            await using var stream = new MemoryStream(photo);
            await bot.SendPhoto(chatId, InputFile.FromStream(stream, "chart.png"), caption: caption, cancellationToken: ct);
        }
        catch (RequestException e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Sending a chart to chat {ChatId} failed; the text was sent without it", chatId);
        }
    }

    async Task<Message?> SendTextAsync(long chatId, Reply reply, CancellationToken ct)
    {
        if (reply.Html.Length == 0) return null;
        var markup = Markup(reply.Buttons);
        if (reply.EditMessageId is { } edit)
        {
            try
            {
                return await bot.EditMessageText(chatId, edit, reply.Html, ParseMode.Html, replyMarkup: markup, cancellationToken: ct);
            }
            catch (ApiRequestException e) when (e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }
        var parts = MessageSplitter.Split(reply.Html);
        Message? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var isLast = i == parts.Count - 1;
            last = await SendPartAsync(chatId, parts[i], isLast ? markup : null, reply, i == 0 ? reply.ReplyToMessageId : null, ct);
        }
        return last;
    }

    async Task<Message> SendPartAsync(long chatId, string html, InlineKeyboardMarkup? markup, Reply reply, int? replyTo, CancellationToken ct)
    {
        var replyParameters = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        try
        {
            return await bot.SendMessage(chatId, html, ParseMode.Html, replyParameters, markup,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, disableNotification: reply.Silent, cancellationToken: ct);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("parse entities", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Telegram rejected our HTML ({Description}); resending as plain text", e.Message);
            var plain = Html.ToPlain(html);
            return await bot.SendMessage(chatId, plain.Length > MessageSplitter.Limit ? plain[..MessageSplitter.Limit] : plain,
                ParseMode.None, replyParameters, markup, disableNotification: reply.Silent, cancellationToken: ct);
        }
    }

    static InlineKeyboardMarkup? Markup(IReadOnlyList<IReadOnlyList<Button>> rows) =>
        rows.Count == 0 ? null : new InlineKeyboardMarkup(rows.Select(r => r.Select(b =>
            b.Url is not null ? InlineKeyboardButton.WithUrl(b.Label, b.Url) : InlineKeyboardButton.WithCallbackData(b.Label, b.CallbackData ?? "noop"))));
}
