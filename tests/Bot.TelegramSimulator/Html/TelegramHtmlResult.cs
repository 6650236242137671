namespace Bot.TelegramSimulator.Html;

/// <summary>What Telegram makes of an HTML-formatted text: the plain text and its entities, or why it refused.</summary>
public sealed record TelegramHtmlResult(string PlainText, IReadOnlyList<TextEntity> Entities, string? Error)
{
    public bool IsValid => Error is null;

    internal static TelegramHtmlResult Failed(string error) => new(string.Empty, [], error);
}
