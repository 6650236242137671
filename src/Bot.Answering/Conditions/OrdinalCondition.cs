using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Events;

namespace Bot.Answering.Conditions;

/// <summary>
/// The ordinal the question names is a condition on the noun it stands before, whatever the noun: "the third session" is
/// not answered by the sixth, nor "the 30th anniversary" by the 25th. An ordinal the evidence says of another noun ("the
/// fifth generation of Bulgarians" beside a question on the fifth session) says nothing of it. A sentence stating an
/// ordinal of the asked thing decides for itself; else the text around it (its paragraph, the one before, the headline)
/// must state the asked one, or count the anniversary's years ("thirty years since", "three decades of ties").
/// </summary>
public sealed class OrdinalCondition : EvidenceCondition
{
    public static OrdinalCondition Default { get; } = new();

    public override string Name => "ordinal";

    public override bool Key => true;

    // How many words after an ordinal may name what it counts ("the fourth meeting of the joint business council").
    const int NounReach = 3;

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (q.Ordinals.Count == 0) return Verdict.Met;
        var window = w.Window;
        if (Stated(q, window.Sentence) is { Count: > 0 } own) return own.Overlaps(q.Ordinals) ? Verdict.Met : Verdict.Contradicted;
        // The paragraph before counts too: "Thirty years of relations…" opens a post whose next paragraph tells how they were marked.
        var around = new[] { window.Before, window.After, window.Preceding, window.PreviousParagraph, window.Title }.OfType<string>().ToList();
        // "…discussed preparing the eighth session" beside "the road map was signed": a neighbour that names the asked session
        // only as ahead says the evidence is not of it, for a question asking what was done there.
        if (around.Any(t => Stated(q, t).Overlaps(q.Ordinals) && !OnlyAhead(q, t))) return Verdict.Met;
        return EventWords.Anniversary.IsMatch(q.Text) && around.Prepend(window.Sentence).Any(t => EventWords.YearCounts(t).Any(q.Ordinals.Contains))
            ? Verdict.Met : Verdict.NotStated;
    }

    /// <summary>The text only plans what it tells ("is to be held", "дайындау", "өтеді") and the question asks of it as done.</summary>
    static bool OnlyAhead(Question q, string text) =>
        HeldEvent.OnlyPlans(text) && !HeldEvent.Default.AsksPlan(q.Text) && !TenseOfEvent.Default.AsksAhead(q);

    /// <summary>A neighbour sentence an answer is read from states no ordinal of the asked thing, or the one asked ("In May the fifth session …" does not date the fourth).</summary>
    public static bool Agrees(Question q, string sentence) =>
        q.Ordinals.Count == 0 || Stated(q, sentence) is not { Count: > 0 } stated || stated.Overlaps(q.Ordinals);

    /// <summary>The ordinals a text states of what the question names (or of nothing it names otherwise).</summary>
    static HashSet<int> Stated(Question q, string text)
    {
        var (words, mentions) = OrdinalMentions.Read(text);
        var found = new HashSet<int>();
        foreach (var mention in mentions)
            if (OfTheAsked(q, words, mention.NounFrom)) found.Add(mention.Value);
        return found;
    }

    /// <summary>
    /// The words after an ordinal are the question's ("the fifth session", "пятое заседание комиссии"), or there is no noun
    /// after it ("the fifth was held in Sofia"): it counts what is asked. A noun the question does not name is another thing.
    /// </summary>
    static bool OfTheAsked(Question q, List<string> words, int from)
    {
        var seen = 0;
        for (var i = from; i < words.Count && seen < NounReach; i++)
        {
            // "The sixth Kazakhstan–Bulgaria commission session": the countries' words qualify the noun, they are not it.
            if (DomainLexicon.Default.IsStopword(words[i]) || words[i].All(char.IsDigit) || Gazetteer.IsCountryWordFolded(words[i])) continue;
            seen++;
            // "30-летие" in the question, "the 30th anniversary" in the text: one thing in other words.
            if (IsAnniversary(words[i])) return NamesAnniversary(q);
            var keys = AliasKeys.ForText(words[i]);
            if (q.Units.Any(u => u.Keys.Overlaps(keys))) return true;
        }
        return seen == 0;
    }

    static bool IsAnniversary(string folded) =>
        ConditionWords.Default.AnniversaryWords.Contains(folded) || DomainLexicon.Default.ConceptsOfWord(folded).Contains(Anniversary);

    // "А с кого се срещна тогава посланик Избастин?" after "… по време на 30-ата годишнина": a follow-up keeps the
    // anniversary of the turn before among its words, not in its own text.
    static bool NamesAnniversary(Question q) =>
        EventWords.Anniversary.IsMatch(q.Text) || OrdinalMentions.Read(q.Text, firstWords: false).Words.Any(IsAnniversary)
        || q.IsFollowUp && q.Units.Any(u => !u.IsEntity && IsAnniversary(Bot.Knowledge.Text.TextNormalizer.Fold(u.Label)));

    const string Anniversary = "anniversary";
}
