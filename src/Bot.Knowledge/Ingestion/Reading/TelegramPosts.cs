using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A Telegram channel saved as a page: the export Telegram Desktop writes (messages.html: "message default" blocks, each
/// with its time shown and its full date and time in the title of its "date" element) or the channel's public preview
/// (t.me/s/…: "tgme_widget_message" blocks with a <c>time datetime</c>). Each post is a news item of its own day, but
/// nothing of the page says so in text: the day shows once above a day's posts, and each post shows only its time,
/// beside the sender's initials and name, views and reactions. The page is rewritten before it is read as a list of
/// posts, each its date on a line of its own and then its text, so that <see cref="NewsItems"/> reads one document a
/// post and "вчера" in a post is the day before that post's. A page with fewer than two posts is left as it is.
/// </summary>
public static class TelegramPosts
{
    const int MinPosts = 2;

    // The export's date title: "14.10.2025 10:12:40 UTC+03:00"; its day is the day the post was made where it was exported.
    static readonly string[] ExportFormats = ["dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy"];

    /// <summary>Rewrites the page's body as its posts when it is a channel's posts; returns whether it was.</summary>
    public static bool Rewrite(IHtmlDocument dom)
    {
        if (dom.Body is null) return false;
        var posts = Exported(dom).Concat(Previewed(dom)).Where(p => p.Text is not null).ToList();
        if (posts.Count < MinPosts) return false;
        var article = dom.CreateElement("article");
        foreach (var (day, text) in posts)
        {
            var date = dom.CreateElement("p");
            date.TextContent = day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            article.AppendChild(date);
            var body = dom.CreateElement("div");
            foreach (var node in text!.ChildNodes.ToList()) body.AppendChild(node);
            article.AppendChild(body);
        }
        dom.Body.InnerHtml = "";
        dom.Body.AppendChild(article);
        return true;
    }

    static IEnumerable<(DateOnly Day, IElement? Text)> Exported(IHtmlDocument dom) =>
        from message in dom.Body!.QuerySelectorAll("div.message.default")
        let day = message.QuerySelector("div.date[title]")?.GetAttribute("title") is { } title ? ExportDay(title) : null
        where day is not null
        select (day.Value, message.QuerySelector("div.text"));

    static IEnumerable<(DateOnly Day, IElement? Text)> Previewed(IHtmlDocument dom) =>
        from message in dom.Body!.QuerySelectorAll("div.tgme_widget_message")
        let day = message.QuerySelector(".tgme_widget_message_date time[datetime], time[datetime]")?.GetAttribute("datetime") is { } stamp
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? DateOnly.FromDateTime(when.DateTime) : (DateOnly?)null
        where day is not null
        select (day.Value, message.QuerySelector(".tgme_widget_message_text"));

    static DateOnly? ExportDay(string title)
    {
        // The zone after the time ("UTC+03:00") is the exporter's; the day shown is the one the channel's readers saw there.
        var at = title.IndexOf(" UTC", StringComparison.Ordinal);
        var stamp = (at < 0 ? title : title[..at]).Trim();
        return DateTime.TryParseExact(stamp, ExportFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? DateOnly.FromDateTime(when) : null;
    }
}
