using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A vocabulary expression anchored at a line's start, after its spaces, punctuation and symbols
/// (<c>^[\s\p{P}\p{S}]*</c> then one of the phrases): a line can match only if its first letters are the first letters
/// of a phrase, case and ё/е aside. Most lines of a text start otherwise, and a look at their first three letters
/// settles it before the expression runs (the section heads' pair, compiled to more code than the JIT optimizes, ran on
/// every paragraph of every document).
/// </summary>
/// <remarks>
/// <para>
/// Interpreted, not compiled: behind the look they run on a few lines of a document, and compiling the five of them to IL
/// and then to machine code cost about 170 ms of CPU time at every ingestion run's start (and the code stays in memory).
/// </para>
/// <para>
/// Never wrong in the other direction: a phrase's letters are taken only up to its first character that is not a letter
/// or a digit ("*", "{", "-", a space end them), a phrase that starts with none turns the look off, and the line's letters
/// and the phrases' are both compared lowered and folded (ё as е, the Kelvin sign as k), which a case-blind expression
/// matches the same.
/// </para>
/// </remarks>
internal sealed class LineStart
{
    const int Letters = 3;

    readonly HashSet<string>? _starts;
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly int[] _lengths = [];

    public LineStart(IEnumerable<string> phrases, string rest)
    {
        var all = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        Expression = new Regex(@"^[\s\p{P}\p{S}]*" + Phrases.Alternation(all) + rest, Phrases.Options);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        Span<char> folded = stackalloc char[Letters];
        foreach (var phrase in all)
        {
            var word = phrase.AsSpan().TrimStart();
            var length = 0;
            while (length < Letters && length < word.Length && char.IsLetterOrDigit(word[length])) length++;
            if (length == 0) return;
            starts.Add(Fold(word[..length], folded).ToString());
        }
        _starts = starts;
        _lookup = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = [.. starts.Select(s => s.Length).Distinct()];
    }

    public Regex Expression { get; }

    public bool IsMatch(string line) => IsMatch(line.AsSpan());

    public bool IsMatch(ReadOnlySpan<char> line) => MayMatch(line) && Expression.IsMatch(line);

    /// <summary>False only when the line's first letters are none a phrase starts with (or it has none).</summary>
    internal bool MayMatch(ReadOnlySpan<char> line)
    {
        if (_starts is null) return true;
        var i = 0;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || char.IsPunctuation(line[i]) || char.IsSymbol(line[i]))) i++;
        var letters = 0;
        while (letters < Letters && i + letters < line.Length && char.IsLetterOrDigit(line[i + letters])) letters++;
        Span<char> folded = stackalloc char[Letters];
        var start = Fold(line.Slice(i, letters), folded);
        foreach (var length in _lengths)
            if (length <= letters && _lookup.Contains(start[..length])) return true;
        return false;
    }

    static Span<char> Fold(ReadOnlySpan<char> letters, Span<char> into)
    {
        for (var i = 0; i < letters.Length; i++) into[i] = Alphabet.Fold(char.ToLowerInvariant(letters[i]));
        return into[..letters.Length];
    }
}
