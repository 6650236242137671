using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conversation;

/// <summary>
/// A demonstrative and the noun of a kind of thing it points at ("that city", "этого города", "този град", "сол
/// қаланың", "that plant's"): where it stands in the question and the kind of answer the noun names (a place, an
/// organisation, a named thing). After an answer that named one of that kind it stands for that one ("Which city
/// twinned with Plovdiv?" — "Who is the mayor of that city?" asks of the city answered); else for what the last
/// question was about.
/// </summary>
public sealed record AnswerPointer(int Start, int Length, AnswerType Kind)
{
    // "that Kazakh city", "этого казахстанского города": the noun may stand a word after the demonstrative.
    const int NounReach = 2;

    public static AnswerPointer? In(string text, DomainLexicon lexicon)
    {
        var tokens = new List<(int Start, int End, string Folded)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            tokens.Add((start, start + length, TextNormalizer.Fold(text.Substring(start, length))));
        var words = tokens.Select(t => t.Folded).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var demonstrative = FollowUpWords.Default.DemonstrativeAt(words, i);
            if (demonstrative == 0) continue;
            for (var j = i + demonstrative; j < Math.Min(words.Count, i + demonstrative + NounReach); j++)
                if (KindOf(words[j], lexicon) is { } kind) return new AnswerPointer(tokens[i].Start, tokens[j].End - tokens[i].Start, kind);
        }
        return null;
    }

    /// <summary>The question with the pointer replaced by the name it stands for.</summary>
    public string Naming(string text, string name) => string.Concat(text.AsSpan(0, Start), name, text.AsSpan(Start + Length));

    /// <summary>The kind of thing a noun names, when it is one an answer names by a name: a place, an organisation, a station.</summary>
    static AnswerType? KindOf(string folded, DomainLexicon lexicon)
    {
        var concepts = lexicon.ConceptsOfWord(folded);
        // "қаланың", "компаниясының": a Kazakh form the lexicon does not list means what its stem is listed under.
        if (concepts.Count == 0 && TextNormalizer.IsCyrillic(folded))
            concepts = TermAnalyzer.KazakhQueryKeys(folded).SelectMany(lexicon.ConceptsOfWord).Distinct().ToList();
        foreach (var concept in concepts)
            if (AnswerTypeCues.Default.HeadTypes.TryGetValue(concept, out var type) && type is AnswerType.Place or AnswerType.Organisation or AnswerType.Name)
                return type;
        return null;
    }
}
