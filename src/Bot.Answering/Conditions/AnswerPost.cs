using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Reading;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The post a "which" question asks the person of ("which akim received Iotova", "кой посланик", "қай әкім"): a key
/// condition on the person the evidence names. A sentence holding a word of the post meets it; so does a text around it
/// (the sentence before, the paragraph, the headline) naming that person beside the post. A person the evidence gives
/// no post, or another one ("the centre «Zdravets» is headed by Valentina Shatova"), is not the one asked for, however
/// much of the question the sentence repeats.
/// </summary>
public static class AnswerPost
{
    // "облыс әкімі Болат Бақауов", "Mayor of Sofia Vasil Terziev": how many words apart a post and its holder's name may stand.
    const int Reach = 4;

    /// <summary>The question asks for the holder of a post of its own (an akim, a mayor, an ambassador), not for "who" at large.</summary>
    /// <remarks>"Whom did Ivanov replace as ambassador" asks for a predecessor: the sentence stating the succession gives
    /// them the post without naming it.
    /// A generic head standing for posts of their own ("which diplomat": an ambassador, a consul) asks for a holder of one.</remarks>
    public static bool Asked(Question q) => (PostOfPerson.AsksHolder(q) && q.Head is { } head
        && DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(head.Label)).Any(AnswerTypeCues.Default.OwnPosts.Contains)
        || q.Wants(AnswerType.Person) && PostKind.Of(q.Head).Count > 0)
        && QuestionConditions.Default.Of(q).RelatedTo is null
        && !DomainLexicon.Default.NamesAny(q.Text, ConditionWords.Default.SuccessionActs);

    /// <param name="headInSentence">The sentence the person was read from holds a word of the asked post.</param>
    public static Verdict Judge(Question q, EvidenceWindow w, AnswerSpan person, bool headInSentence)
    {
        if (!Asked(q) || headInSentence) return Verdict.Met;
        var surnames = Tokenizer.Words(person.Text).Where(word => word.Length > 2).Select(AliasKeys.ForText).ToList();
        if (surnames.Count == 0) return Verdict.NotStated;
        foreach (var text in new[] { w.Before, w.After, w.Preceding, w.PreviousParagraph, w.Title }.OfType<string>())
        {
            var words = Tokenizer.Words(text).ToList();
            var named = words.Select((word, i) => (word, i)).Where(x => surnames.Any(k => k.Overlaps(AliasKeys.ForText(x.word)))).Select(x => x.i).ToList();
            if (named.Count == 0) continue;
            // "министр транспорта Болгарии Станимир Костадинов и посол Казахстана …": the post beside the name is another's.
            if (PostKind.GivesAnother(q, text, surnames)) return Verdict.NotStated;
            var posts = words.Select((word, i) => (word, i)).Where(x => q.Head!.Keys.Overlaps(AliasKeys.ForText(x.word))).Select(x => x.i);
            if (posts.Any(p => named.Any(n => Math.Abs(n - p) <= Reach))) return Verdict.Met;
        }
        return Verdict.NotStated;
    }
}
