namespace Bot.TelegramSimulator.Html;

/// <summary>The tags Telegram's HTML parse mode accepts, and the entity each one becomes.</summary>
internal static class HtmlTags
{
    private static readonly Dictionary<string, string> Simple = new(StringComparer.Ordinal)
    {
        ["b"] = "bold", ["strong"] = "bold",
        ["i"] = "italic", ["em"] = "italic",
        ["u"] = "underline", ["ins"] = "underline",
        ["s"] = "strikethrough", ["strike"] = "strikethrough", ["del"] = "strikethrough",
        ["tg-spoiler"] = "spoiler",
        ["pre"] = "pre",
    };

    public static bool IsSupported(string name) =>
        Simple.ContainsKey(name) || name is "span" or "a" or "code" or "blockquote" or "tg-emoji";

    /// <summary>Opens a supported tag; returns an error text when its attributes are not acceptable.</summary>
    public static string? TryOpen(
        string name, IReadOnlyDictionary<string, string> attributes, OpenTag? parent, int start, int byteOffset, out OpenTag tag)
    {
        tag = new OpenTag(name, Simple.GetValueOrDefault(name), start, url: null);
        switch (name)
        {
            case "span" when attributes.GetValueOrDefault("class") != "tg-spoiler":
                return $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {byteOffset}";
            case "span":
                tag = new OpenTag(name, "spoiler", start, url: null);
                break;
            case "a":
                var href = attributes.GetValueOrDefault("href");
                tag = new OpenTag(name, string.IsNullOrEmpty(href) ? null : "text_link", start, href);
                break;
            case "blockquote":
                tag = new OpenTag(name, attributes.ContainsKey("expandable") ? "expandable_blockquote" : "blockquote", start, url: null);
                break;
            case "code":
                tag = OpenCode(attributes, parent, start);
                break;
            case "tg-emoji" when string.IsNullOrEmpty(attributes.GetValueOrDefault("emoji-id")):
                return $"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {byteOffset}";
            case "tg-emoji":
                tag = new OpenTag(name, "custom_emoji", start, url: null, attributes["emoji-id"]);
                break;
        }

        return null;
    }

    // <pre><code class="language-x"> is one pre entity with a language, not a pre holding a code entity.
    private static OpenTag OpenCode(IReadOnlyDictionary<string, string> attributes, OpenTag? parent, int start)
    {
        var language = attributes.GetValueOrDefault("class");
        if (parent is { Name: "pre" } && parent.Start == start && language?.StartsWith("language-", StringComparison.Ordinal) == true)
        {
            parent.Language = language["language-".Length..];
            return new OpenTag("code", entityType: null, start, url: null);
        }

        return new OpenTag("code", "code", start, url: null);
    }
}
