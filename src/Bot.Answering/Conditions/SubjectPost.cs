using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The post of whom a question asks about, when it names them by their post alone: "when did a Bulgarian prime minister
/// visit Kazakhstan" is not answered by the speaker of parliament's visit, nor by the Kazakh prime minister's. Words of
/// one post standing together are one post ("deputy prime minister"). A post the question gives a country ("a Bulgarian
/// prime minister", "министър-председател на България") is a key condition: the evidence (the sentence, its neighbours
/// or the headline) must give that post that country; a sentence giving the country's people another post contradicts
/// it. A post without a country is met by a sentence naming it and contradicted by one naming only other posts. A
/// question naming the person is judged by the person; the post of a person asked for is the answer's (<see cref="AnswerPost"/>).
/// </summary>
public sealed class SubjectPost : EvidenceCondition
{
    public static SubjectPost Default { get; } = new();

    public override string Name => "post";

    public override bool KeyFor(Question q) => Asked(q).Any(p => p.Country is not null);

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        var asked = Asked(q);
        if (asked.Count == 0) return Verdict.Met;
        var window = w.Window;
        var sentence = Posts(window.Sentence);
        foreach (var post in asked)
        {
            if (post.Country is { } country)
            {
                // "The Bulgarian speaker held talks with Prime Minister Massimov": the country's post in the sentence is the speaker's.
                if (sentence.Any(p => p.Country == country && !p.Concepts.IsSupersetOf(post.Concepts))
                    && !sentence.Any(p => p.Country == country && p.Concepts.IsSupersetOf(post.Concepts))) return Verdict.Contradicted;
                if (!new[] { window.Sentence, window.Before, window.After, window.Title }.OfType<string>()
                        .Any(t => Posts(t).Any(p => p.Country == country && p.Concepts.IsSupersetOf(post.Concepts)))) return Verdict.NotStated;
            }
            else if (sentence.Count > 0 && !sentence.Any(p => p.Concepts.IsSupersetOf(post.Concepts))) return Verdict.Contradicted;
        }
        return Verdict.Met;
    }

    /// <summary>The posts the question names of whom it asks about: none when it names a person, never the post asked for.</summary>
    static List<Post> Asked(Question q)
    {
        // "Who co-chairs the commission": the post of the one asked for is the answer's (<see cref="AnswerPost"/>).
        if (q.Units.Any(u => u.IsPerson) || q.Wants(AnswerType.Person)) return [];
        var head = q.Head is { } h ? Concepts(h.Label, q.Lang == "kk") : None;
        return Posts(q.Text).Where(p => !p.Concepts.Overlaps(head)).ToList();
    }

    /// <param name="Concepts">The post's concepts, of every word of it ("deputy prime minister").</param>
    /// <param name="Country">The country a word beside it gives it (a code of <see cref="Gazetteer"/>), if any.</param>
    sealed record Post(HashSet<string> Concepts, string? Country);

    // How far a country's word may stand from the post it qualifies: "the Bulgarian prime minister" (before), "Prime
    // Minister of Bulgaria", "Chairperson of the National Assembly of Bulgaria", "министър-председателят на България" (after).
    const int QualifierBefore = 2;
    const int QualifierAfter = 5;

    /// <summary>Each post a text names, its words taken together, with the country a word beside it gives it.</summary>
    static List<Post> Posts(string text)
    {
        var tokens = TokenList.Of(text);
        var kazakh = LanguageGuess.Of(text) == "kk";
        List<(int At, string Country)>? cues = null;
        var found = new List<Post>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Concepts(tokens[i].Folded, kazakh) is not { Count: > 0 } first) continue;
            var concepts = new HashSet<string>(first, StringComparer.Ordinal);
            var last = i;
            while (last + 1 < tokens.Count && Concepts(tokens[last + 1].Folded, kazakh) is { Count: > 0 } more) { concepts.UnionWith(more); last++; }
            cues ??= Gazetteer.CountryCues(text).Select(c => (At: TokenIndex(tokens, c.Index), c.Country)).Where(c => c.At >= 0).ToList();
            found.Add(new Post(concepts, QualifierOf(cues, i, last)));
            i = last;
        }
        return found;
    }

    /// <summary>
    /// The country a word before the post gives it ("болгарский премьер-министр посетил Казахстан": Bulgaria), else the
    /// nearest after it ("Chairperson of the National Assembly of Bulgaria"); two countries side by side ("the
    /// Kazakhstan–Bulgaria commission") give it neither.
    /// </summary>
    static string? QualifierOf(List<(int At, string Country)> cues, int start, int last)
    {
        var before = cues.Where(c => c.At < start && start - c.At <= QualifierBefore).Select(c => c.Country).Distinct().ToList();
        if (before.Count > 0) return before.Count == 1 ? before[0] : null;
        var after = cues.Where(c => c.At > last && c.At - last <= QualifierAfter).OrderBy(c => c.At).ToList();
        if (after.Count == 0) return null;
        return after.Count > 1 && after[1].At - after[0].At == 1 && after[1].Country != after[0].Country ? null : after[0].Country;
    }

    static int TokenIndex(TokenList tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].End > offset) return tokens[i].Start <= offset ? i : -1;
        return -1;
    }

    /// <summary>The posts of their own a word names ("premier", "кметът", "төрағасы"), not a generic one ("head", "official").</summary>
    /// <param name="kazakh">The word is Kazakh: its case and possessive endings come off ("премьер-министрі").</param>
    static IReadOnlySet<string> Concepts(string word, bool kazakh = false)
    {
        var folded = TextNormalizer.Fold(word);
        var concepts = DomainLexicon.Default.ConceptsOfWord(folded);
        if (concepts.Count == 0 && kazakh) concepts = DomainLexicon.Default.ConceptsOfWord(KazakhSuffixes.StripOnce(folded));
        if (concepts.Count == 0) return None;
        HashSet<string>? found = null;
        foreach (var c in concepts)
            if (AnswerTypeCues.Default.OwnPosts.Contains(c) && Writes(folded, c)) (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(c);
        return found ?? None;
    }

    // A shorter word is no post's form: "по", "и".
    const int ShortestForm = 4;

    /// <summary>
    /// The word is a form of one the lexicon lists for the post ("министры" of "министр", "министрі" of "министр"), not
    /// only a word of the same stem ("времени" shares one with "временно поверенный", "после" with "посол").
    /// </summary>
    static bool Writes(string folded, string concept) =>
        folded.Length >= ShortestForm && DomainLexicon.Default.WordsOf(concept).Any(form => !form.Contains(' ')
            && (folded.StartsWith(form, StringComparison.Ordinal) || form.StartsWith(folded, StringComparison.Ordinal)));

    static readonly IReadOnlySet<string> None = new HashSet<string>();
}
