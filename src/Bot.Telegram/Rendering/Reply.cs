namespace Bot.Telegram.Rendering;

/// <summary>What a handler wants said: HTML text, optional inline buttons and photo, and how to send it.</summary>
public sealed record Reply(string Html)
{
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];
    public byte[]? Photo { get; init; }
    public string? PhotoCaption { get; init; }
    public bool Silent { get; init; }
    public int? ReplyToMessageId { get; init; }
    /// <summary>Edit this message instead of sending a new one (paging).</summary>
    public int? EditMessageId { get; init; }

    public static Reply Text(string html) => new(html);
}

/// <summary>An inline button: either a callback (data ≤ 64 bytes) or a link.</summary>
public sealed record Button(string Label, string? CallbackData = null, string? Url = null);
