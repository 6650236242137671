namespace Bot.TelegramSimulator.Html;

/// <summary>
/// Telegram's HTML parse mode as the Bot API applies it to sendMessage, editMessageText and captions. Public so that
/// renderer tests can check their output without a server. Error texts follow Telegram's ("Unsupported start tag
/// \"x\" at byte offset N", "Can't find end tag corresponding to start tag \"b\"", ...).
/// </summary>
public static class TelegramHtml
{
    public static TelegramHtmlResult Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new HtmlParser(html).Run();
    }
}
