using System.Net;

namespace Bot.Telegram.Rendering;

/// <summary>Telegram HTML: every piece of stored or user text is escaped before it is put between tags.</summary>
public static class Html
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "").Replace("&#39;", "'", StringComparison.Ordinal);

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    public static string Link(string text, string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? $"<a href=\"{Escape(u.AbsoluteUri)}\">{Escape(text)}</a>"
            : Escape(text);

    /// <summary>Plain text for the fallback when Telegram rejects the HTML.</summary>
    public static string ToPlain(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
}
