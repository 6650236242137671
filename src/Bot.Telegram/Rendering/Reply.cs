namespace Bot.Telegram.Rendering;

/// <summary>What a handler wants said: HTML text, optional inline buttons and photo, and how to send it.</summary>
public sealed record Reply(string Html)
{
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];
    public byte[]? Photo { get; init; }
    public string? PhotoCaption { get; init; }
    /// <summary>A file sent after the text (an OPML export); like the photo, its failure costs only the file.</summary>
    public ReplyDocument? Document { get; init; }
    public bool Silent { get; init; }
    public int? ReplyToMessageId { get; init; }
    /// <summary>Edit this message instead of sending a new one (paging).</summary>
    public int? EditMessageId { get; init; }

    public static Reply Text(string html) => new(html);
}

/// <summary>A file to send as a document: its bytes and the name the user sees.</summary>
public sealed record ReplyDocument(byte[] Content, string FileName);

/// <summary>An inline button: either a callback (data ≤ 64 bytes) or a link.</summary>
public sealed record Button(string Label, string? CallbackData = null, string? Url = null);
