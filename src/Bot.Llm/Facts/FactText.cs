using System.Text.RegularExpressions;

namespace Bot.Llm.Facts;

/// <summary>
/// Document text as the model may see it: links inside it are cut out, so the only links a reader ever gets are the
/// sources our code attaches, never one a document (or a model copying it) slipped into the answer.
/// </summary>
public static partial class FactText
{
    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    public static string Clean(string text) => Link().Replace(text, "[link]");
}
