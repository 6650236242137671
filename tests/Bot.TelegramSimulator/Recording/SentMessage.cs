namespace Bot.TelegramSimulator.Recording;

/// <summary>
/// A message the bot sent with sendMessage. <see cref="Text"/> is exactly what the bot sent (HTML included);
/// <see cref="PlainText"/> is what the user sees. JSON-valued parameters are kept raw as well.
/// </summary>
public sealed record SentMessage
{
    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public required string PlainText { get; init; }

    /// <summary>The inline keyboard row by row; empty when the message had none.</summary>
    public IReadOnlyList<InlineButton> InlineButtons { get; init; } = [];

    public bool HasInlineKeyboard => InlineButtons.Count > 0;

    /// <summary>Any reply_markup as sent: an inline keyboard, a reply keyboard, or a keyboard removal.</summary>
    public string? ReplyMarkupJson { get; init; }

    /// <summary>The message replied to, from reply_parameters or the older reply_to_message_id.</summary>
    public int? ReplyToMessageId { get; init; }

    public string? ReplyParametersJson { get; init; }

    public string? LinkPreviewOptionsJson { get; init; }

    /// <summary>link_preview_options.is_disabled (or the older disable_web_page_preview).</summary>
    public bool LinkPreviewDisabled { get; init; }

    public bool DisableNotification { get; init; }

    public int? MessageThreadId { get; init; }

    public required DateTimeOffset Timestamp { get; init; }
}
