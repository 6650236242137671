using System.Text.RegularExpressions;

namespace Bot.Answering.Understanding;

/// <summary>Names a text puts in quotation marks, in any of the four languages' styles («Козлодуй», „Казах Инвест“, "Slavyane").</summary>
public static partial class QuotedNames
{
    [GeneratedRegex(@"[«„“""](?<name>[^«»„“”""]{2,60})[»“”""]")]
    private static partial Regex Quoted();

    /// <summary>Each quoted name: its text, where it starts and how long it is (quotation marks left out).</summary>
    public static IEnumerable<(string Name, int Start, int Length)> In(string text)
    {
        foreach (Match m in Quoted().Matches(text))
        {
            var name = m.Groups["name"];
            yield return (name.Value, name.Index, name.Length);
        }
    }
}
