using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The posts a text names ("the Bulgarian prime minister", "посол Болгарии в Казахстане", "Болгарияның Қазақстандағы
/// елшісі"), the words of one post taken together ("deputy prime minister"), each with the country it is of: the one a
/// word beside it names, never the one it is held in ("в Казахстане", "to Kazakhstan", "Қазақстандағы" say where).
/// </summary>
public static class PostMentions
{
    /// <param name="Concepts">The post's concepts, of every word of it ("deputy prime minister").</param>
    /// <param name="Country">The country a word beside it gives it (a code of <see cref="Gazetteer"/>), if any.</param>
    /// <param name="Start">Where its first word starts in the text.</param>
    /// <param name="End">Where its last word ends.</param>
    public sealed record Post(HashSet<string> Concepts, string? Country, int Start, int End);

    static readonly EntityIndex ThirdCountries = new(Gazetteer.Places.Where(Reading.CountryPlace.IsThird));

    // How far a country's word may stand from the post it qualifies: "the Bulgarian prime minister" (before), "Prime
    // Minister of Bulgaria", "Chairperson of the National Assembly of Bulgaria", "министър-председателят на България" (after).
    const int QualifierBefore = 2;
    const int QualifierAfter = 5;

    /// <summary>Each post a text names, its words taken together, with the country a word beside it gives it.</summary>
    public static List<Post> Of(string text)
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
            // "посла Узбекистана Фурката Сидикова": a third country's name gives the post to that country, none of the two asked of.
            cues ??= Gazetteer.CountryCues(text).Select(c => (At: TokenIndex(tokens, c.Index), c.Country))
                .Concat(ThirdCountries.FindSpans(tokens).Select(c => (At: TokenIndex(tokens, c.Start), Country: c.Entity.Id)))
                .Where(c => c.At >= 0 && !Hosts(tokens, c.At, kazakh)).ToList();
            found.Add(new Post(concepts, QualifierOf(cues.Where(c => !Parted(tokens, c.At, c.At < i ? i : last)).ToList(), i, last), tokens[i].Start, tokens[last].End));
            i = last;
        }
        return found;
    }

    /// <summary>
    /// The country word says where the post is held, not whose it is: a destination word before it ("в Казахстане", "to
    /// Bulgaria", "във") or a Kazakh ending of place ("Қазақстандағы").
    /// </summary>
    static bool Hosts(TokenList tokens, int at, bool kazakh) =>
        at > 0 && ConditionWords.Default.DestinationWords.Contains(tokens[at - 1].Folded)
        || kazakh && ConditionWords.Default.DestinationEndings.Any(e => tokens[at].Folded.Length > e.Length + 2 && tokens[at].Folded.EndsWith(e, StringComparison.Ordinal));

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

    /// <summary>
    /// A sentence's end or a colon stands between the country's word and the post: "Plovdiv, Bulgaria. Ambassador of the
    /// Republic of Kazakhstan …" gives the dateline's country to no post. A point after an initial ("Р. България") ends nothing.
    /// </summary>
    static bool Parted(TokenList tokens, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        for (var i = from; i < to; i++)
        {
            var gap = tokens.Text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
            if (gap.IndexOfAny(SentenceMarks) >= 0 || gap.Contains('.') && tokens[i].Length >= InitialLength) return true;
        }
        return false;
    }

    static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("!?;:\n");

    // "Р.", "Rep.": a word this short before a point abbreviates; a longer one ends its sentence.
    const int InitialLength = 5;

    static int TokenIndex(TokenList tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].End > offset) return tokens[i].Start <= offset ? i : -1;
        return -1;
    }

    /// <summary>The posts of their own a word names ("premier", "кметът", "төрағасы"), not a generic one ("head", "official").</summary>
    /// <param name="kazakh">The word is Kazakh: its case and possessive endings come off ("премьер-министрі").</param>
    public static IReadOnlySet<string> Concepts(string word, bool kazakh = false)
    {
        var folded = TextNormalizer.Fold(word);
        var concepts = DomainLexicon.Default.ConceptsOfWord(folded);
        if (concepts.Count == 0 && kazakh) concepts = DomainLexicon.Default.ConceptsOfWord(KazakhSuffixes.StripOnce(folded));
        if (concepts.Count == 0) return None;
        HashSet<string>? found = null;
        // "консультацияларда" shares its key with "консул" but is written by the longer "консультациялар": the word is of
        // the concept whose listed form it writes most of.
        var longest = concepts.Max(c => Written(folded, c));
        foreach (var c in concepts)
            if (AnswerTypeCues.Default.OwnPosts.Contains(c) && Writes(folded, c) && Written(folded, c) == longest) (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(c);
        return found ?? None;
    }

    /// <summary>How many letters of the word the longest form the lexicon lists for the concept writes (0: none).</summary>
    static int Written(string folded, string concept) =>
        DomainLexicon.Default.WordsOf(concept).Where(form => !form.Contains(' ')
            && (folded.StartsWith(form, StringComparison.Ordinal) || form.StartsWith(folded, StringComparison.Ordinal)))
            .Select(form => Math.Min(form.Length, folded.Length)).DefaultIfEmpty(0).Max();

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
