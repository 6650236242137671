using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// Where a sentence gives words someone is reported to have said: "…, а Избастин заяви, че „Казпочта“ ще представи марките
/// в Астана и Алмати", "the ambassador said that a consulate would open in Almaty", "… Алматыда көрсетеді деп мәлімдеді",
/// "«…», – деді …". A place named there is what was said, not where what the sentence tells of happened.
/// </summary>
public sealed partial class Speakers
{
    // "заяви, че", "said on Monday that": the word opening the reported words stands a few words after the speech word.
    const int OpeningReach = 3;

    // "«…», – деді әкім": the speech word stands a few words after the closing quotation mark, or right before the opening one.
    const int QuoteReach = 3;

    static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:—–(");

    /// <summary>The stretches of the sentence (start, end offsets) that are reported words.</summary>
    public IReadOnlyList<(int Start, int End)> Reported(string sentence)
    {
        var tokens = new List<(int Start, int End, string Folded)>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
            tokens.Add((start, start + length, TextNormalizer.Fold(sentence.Substring(start, length))));
        var words = tokens.Select(t => t.Folded).ToList();
        var found = new List<(int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_speech.FirstOrDefault(p => WordPhrase.At(words, i, p)) is { } phrase)
            {
                for (var j = i + phrase.Length; j < tokens.Count && j <= i + phrase.Length + OpeningReach; j++)
                    if (_reportedOpening.Contains(words[j])) { found.Add((tokens[j].Start, sentence.Length)); break; }
            }
            // Kazakh puts the reported words first and closes them with "деп": they run back to the clause's start.
            if (_reportedClosing.Contains(words[i]))
            {
                var from = sentence.AsSpan(0, tokens[i].Start).LastIndexOfAny(ClauseMarks) + 1;
                found.Add((from, tokens[i].Start));
            }
        }
        foreach (var (open, close) in QuotationMarks.In(sentence))
        {
            var after = tokens.Where(t => t.Start > close).Take(QuoteReach).Select(t => t.Folded).ToList();
            var before = tokens.Where(t => t.End <= open).TakeLast(QuoteReach).Select(t => t.Folded).ToList();
            if (SaysAny(after) || SaysAny(before)) found.Add((open, close));
        }
        return found;
    }

    bool SaysAny(List<string> words) => Enumerable.Range(0, words.Count).Any(i => _speech.Any(p => WordPhrase.At(words, i, p)));

    /// <summary>The text with its reported words blanked out, offsets kept.</summary>
    public static string Unreported(string text, IReadOnlyList<(int Start, int End)> reported)
    {
        var chars = text.ToCharArray();
        foreach (var (start, end) in reported)
            for (var i = start; i < end && i < chars.Length; i++) chars[i] = ' ';
        return new string(chars);
    }
}
