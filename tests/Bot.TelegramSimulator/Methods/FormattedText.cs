using Bot.TelegramSimulator.Html;
using Bot.TelegramSimulator.Http;

namespace Bot.TelegramSimulator.Methods;

/// <summary>
/// A text or caption as Telegram checks it: parsed by parse_mode, trimmed of leading and trailing white space (the
/// entities shifted to match), then measured without its markup.
/// </summary>
internal sealed record FormattedText(string PlainText, IReadOnlyList<TextEntity> Entities)
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static FormattedText ForText(string? text, string? parseMode)
    {
        var parsed = Trimmed(Parse(text ?? string.Empty, parseMode));
        if (parsed.PlainText.Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        return parsed.PlainText.Length > MaxTextLength ? throw BotApiException.BadRequest("message is too long") : parsed;
    }

    public static FormattedText ForCaption(string? caption, string? parseMode)
    {
        var parsed = Trimmed(Parse(caption ?? string.Empty, parseMode));
        return parsed.PlainText.Length > MaxCaptionLength ? throw BotApiException.BadRequest("message caption is too long") : parsed;
    }

    private static FormattedText Trimmed(FormattedText parsed)
    {
        var text = parsed.PlainText;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == 0 && end == text.Length)
        {
            return parsed;
        }

        var entities = new List<TextEntity>();
        foreach (var entity in parsed.Entities)
        {
            var from = Math.Max(entity.Offset, start);
            var to = Math.Min(entity.Offset + entity.Length, end);
            if (to > from)
            {
                entities.Add(entity with { Offset = from - start, Length = to - from });
            }
        }

        return new FormattedText(text[start..end], entities);
    }

    // Markdown modes pass unchecked: the bot renders HTML, and a wrong mode name is still refused.
    private static FormattedText Parse(string text, string? parseMode)
    {
        switch (parseMode?.ToUpperInvariant())
        {
            case null or "":
            case "MARKDOWN" or "MARKDOWNV2":
                return new FormattedText(text, []);
            case "HTML":
                var html = TelegramHtml.Parse(text);
                return html.IsValid
                    ? new FormattedText(html.PlainText, html.Entities)
                    : throw BotApiException.BadRequest("can't parse entities: " + html.Error);
            default:
                throw BotApiException.BadRequest("unsupported parse_mode");
        }
    }
}
