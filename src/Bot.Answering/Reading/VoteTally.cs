using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "How did the committee vote?": what answers is the tally ("прие законопроекта с 15 гласа „за“, без „против“ и 2
/// „въздържали се“", "98 депутатов проголосовали «за»", "adopted by 15 votes to none, with 2 abstentions"), not a sentence
/// that only mentions a reading or a vote ("предлага … да приеме на първо гласуване", "the vote is set for Thursday").
/// </summary>
public static class VoteTally
{
    const string Vote = "vote";

    static readonly IReadOnlySet<string> Votes = new HashSet<string>(StringComparer.Ordinal) { Vote };

    // A tally's number stands within a few words of its word for votes ("15 гласа", "2 „въздържали се“", "за — 15 голосов").
    const int Reach = 3;

    /// <summary>The question asks how a vote went: it names a vote and asks for no date, place, person or number of its own.</summary>
    public static bool Asked(Understanding.Question q) => DomainLexicon.Default.NamesAny(q.Text, Votes);

    /// <summary>
    /// Of the answers to "how did it vote", those giving a tally: in their sentence, or in the sentence next to it ("The
    /// committee considered the bill …" then "По итогам голосования … одобрен: 12 голосами «за» …"), which is then quoted
    /// with it. None giving one: the answers as they were.
    /// </summary>
    public static List<Candidate> Tallied(List<Candidate> answers)
    {
        var tallied = new List<Candidate>();
        foreach (var a in answers)
        {
            var w = a.Window.Window;
            if (States(w.Sentence)) tallied.Add(a);
            else if (w.After is { } after && States(after)) tallied.Add(a with { Quoted = [.. a.Quoted.Where(x => x != after), after] });
            else if (w.Before is { } before && States(before)) tallied.Add(a with { Quoted = [before, .. a.Quoted.Where(x => x != before)] });
        }
        return tallied.Count > 0 ? tallied : answers;
    }

    public static bool States(string sentence)
    {
        var words = new List<(string Folded, bool Number)>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
        {
            var word = sentence.AsSpan(start, length);
            words.Add((TextNormalizer.Fold(word.ToString()), word.Length <= 4 && !word.ContainsAnyExceptInRange('0', '9')));
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].Number) continue;
            for (var j = Math.Max(0, i - Reach); j <= Math.Min(words.Count - 1, i + Reach); j++)
                if (j != i && !words[j].Number && DomainLexicon.Default.ConceptsOfWord(words[j].Folded).Contains(Vote)) return true;
        }
        return false;
    }
}
