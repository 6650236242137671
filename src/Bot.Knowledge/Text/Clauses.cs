using System.Buffers;

namespace Bot.Knowledge.Text;

/// <summary>Where a clause of a sentence ends: a comma, semicolon, colon, dash or bracket between two words parts their clauses.</summary>
public static class Clauses
{
    public static SearchValues<char> Marks { get; } = SearchValues.Create(",;:—–()");

    /// <summary>Whether a clause ends between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool BreakBetween(string text, int from, int to) => to > from && text.AsSpan(from, to - from).ContainsAny(Marks);

    /// <summary>Where the clause holding <paramref name="at"/> starts.</summary>
    public static int StartOf(string text, int at) => text.AsSpan(0, Math.Clamp(at, 0, text.Length)).LastIndexOfAny(Marks) + 1;

    /// <summary>Where the clause holding <paramref name="at"/> ends (the text's length when no mark follows).</summary>
    public static int EndOf(string text, int at)
    {
        if (at >= text.Length) return text.Length;
        var next = text.AsSpan(at).IndexOfAny(Marks);
        return next < 0 ? text.Length : at + next;
    }
}
