using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Tokayev proposed that a joint working group be created": the sentence tells of a proposal, not of the group's
/// creation, so it dates no creation — not even with a year from the sentence beside it. The asked event's word stands
/// after a proposal verb (before it in Kazakh, whose verb ends the clause: "топ құруды ұсынды").
/// </summary>
public sealed class ProposalCheck(DomainLexicon lexicon, IReadOnlyList<string[]> verbs)
{
    public static ProposalCheck Default { get; } = new(DomainLexicon.Default, AnswerTypeCues.Default.ProposalVerbs);

    /// <summary>Whether the sentence tells of a proposal at all ("Tokayev proposed to set up a working group").</summary>
    public bool Proposes(string sentence)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(sentence)).ToList();
        for (var i = 0; i < words.Count; i++)
            if (verbs.Any(v => WordPhrase.At(words, i, v))) return true;
        return false;
    }

    /// <summary>
    /// The sentence tells of a proposal and the question asks of none ("From when will Air Astana fly Astana – Sofia?" over "The
    /// Kazakh side proposed preparing an air services agreement that would allow direct flights"): what it proposes has not
    /// happened, so no date beside it is the date of what it proposes.
    /// </summary>
    public bool ProposesUnasked(Question q, string sentence) => Proposes(sentence) && !Proposes(q.Text);

    /// <param name="asked">The events the question asks the date of (<see cref="DateEvents.Asked"/>).</param>
    public bool OnlyProposed(string sentence, IReadOnlySet<string> asked)
    {
        if (asked.Count == 0) return false;
        var words = Tokenizer.Words(TextNormalizer.Fold(sentence)).ToList();
        var proposal = -1;
        for (var i = 0; i < words.Count && proposal < 0; i++)
            if (verbs.Any(v => WordPhrase.At(words, i, v))) proposal = i;
        if (proposal < 0) return false;
        var kazakh = LanguageGuess.Of(sentence) == "kk";
        for (var i = 0; i < words.Count; i++)
            if (lexicon.ConceptsOfWord(words[i]).Any(asked.Contains)) return kazakh ? i < proposal : i > proposal;
        return false;
    }
}
