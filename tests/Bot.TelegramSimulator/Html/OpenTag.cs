namespace Bot.TelegramSimulator.Html;

/// <summary>A start tag waiting for its end tag; mutable because a nested code tag may give its pre a language.</summary>
internal sealed class OpenTag(string name, string? entityType, int start, string? url, string? customEmojiId = null)
{
    public string Name { get; } = name;
    public string? EntityType { get; } = entityType;
    public int Start { get; } = start;
    public string? Url { get; } = url;
    public string? CustomEmojiId { get; } = customEmojiId;
    public string? Language { get; set; }

    public TextEntity? Close(int end) =>
        EntityType is null || end == Start ? null : new TextEntity(EntityType, Start, end - Start, Url, Language, CustomEmojiId);
}
