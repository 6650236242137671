using System.Text.RegularExpressions;

namespace Bot.Knowledge.Text;

/// <summary>Web addresses in text. Their words ("sofia-named-a-street-after-astana") are a page's name, not what a sentence states.</summary>
public static partial class Links
{
    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>The text with every address blanked out, character for character, so offsets still hold.</summary>
    public static string Blanked(string text) =>
        text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? Link().Replace(text, m => new string(' ', m.Length)) : text;
}
