using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// The post a sentence gives a person, as far as "who was the foreign minister" cares: "… Foreign Minister Mukhtar
/// Tileuberdi and his Bulgarian counterpart Teodora Genchovska" gives her the post named before her; "Deputy Foreign
/// Minister Vasily Georgiyev" and "министрінің орынбасары" are deputies, no answer to a question about the minister.
/// </summary>
public static class PostOfPerson
{
    // "his Bulgarian counterpart X": the word for a counterpart stands within a few words before the name.
    const int CounterpartReach = 3;

    // "Foreign Minister Mukhtar Tileuberdi and his Bulgarian counterpart": the post is the one named just before.
    const int PostReach = 8;

    // "Deputy Foreign Minister", "заместитель министра", "министрінің орынбасары": the deputy word beside the post word.
    const int DeputyReach = 2;

    // A deputy answers a question about the post itself far less well than its holder.
    const double DeputyFactor = 0.3;

    /// <param name="heads">Where the words of the question's head noun ("minister") stand in the sentence.</param>
    /// <returns>Whether the person holds a post named earlier by a counterpart word, and how well the post fits the question.</returns>
    public static (bool SharesPost, double Factor) Read(Question q, string sentence, AnswerSpan span, IReadOnlyList<int> heads)
    {
        if (heads.Count == 0) return (false, 1);
        var tokens = new List<(int Start, IReadOnlyList<string> Concepts)>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
            tokens.Add((start, DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(sentence.Substring(start, length)))));
        var at = tokens.FindIndex(t => t.Start >= span.Start);
        if (at < 0) return (false, 1);
        var counterpart = -1;
        for (var i = at - 1; i >= 0 && i >= at - CounterpartReach; i--)
            if (tokens[i].Concepts.Contains("counterpart")) { counterpart = i; break; }
        var from = counterpart >= 0 ? counterpart : at;
        var reach = counterpart >= 0 ? PostReach : CounterpartReach + DeputyReach;
        var post = -1;
        for (var i = from - 1; i >= 0 && i >= from - reach; i--)
            if (heads.Contains(tokens[i].Start)) { post = i; break; }
        if (post < 0) return (false, 1);
        var deputy = false;
        for (var i = Math.Max(0, post - DeputyReach); i <= Math.Min(from - 1, post + DeputyReach); i++)
            deputy |= i != post && tokens[i].Concepts.Contains("deputy");
        return (counterpart >= 0, deputy && !DeputyOfPost.Asks(q) ? DeputyFactor : 1);
    }

    static IReadOnlySet<string> Posts => AnswerTypeCues.Default.OwnPosts;

    /// <summary>
    /// "Who is the honorary consul": the sentence gives the person another post than the asked one, beside the name
    /// ("кметовете на Уралск и Благоевград Нариман Турегалиев": mayors), and not the asked one: the person is no answer.
    /// </summary>
    public static bool GivenAnother(Question q, string sentence, AnswerSpan span)
    {
        if (q.Head is null) return false;
        var asked = AskedPosts(q);
        if (asked.Count == 0) return false;
        // A sentence naming the asked post too may give it to the person further off ("X, Deputy Prime Minister …, co-chairs").
        if (Tokenizer.Words(TextNormalizer.Fold(sentence)).Any(w => DomainLexicon.Default.ConceptsOfWord(w).Any(asked.Contains))) return false;
        var before = new List<IReadOnlyList<string>>();
        var after = new List<IReadOnlyList<string>>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
        {
            if (start >= span.Start && start < span.End) continue;
            var concepts = DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(sentence.Substring(start, length)));
            if (start < span.Start) before.Add(concepts);
            else if (after.Count < CounterpartReach) after.Add(concepts);
            else break;
        }
        // The post nearest the name decides, before it first ("Mayor X"), then after it ("X, the mayor of Uralsk").
        foreach (var concepts in Enumerable.Reverse(before).Take(PostReach).Concat(after))
        {
            if (concepts.Any(asked.Contains)) return false;
            if (concepts.Any(Posts.Contains)) return true;
        }
        return false;
    }

    // "ректор на Пловдивския университет „Паисий Хилендарски“ проф. Румен Младенов": a post and its holder's name stand
    // within a few words, the words of the institution or country between them ("Ambassador of the Republic of Kazakhstan
    // to Bulgaria Viktor Temirbayev").
    const int OwnPostReach = 8;

    // "Valchev, rector of Sofia University": a post after the name stands right after it.
    const int AppositionReach = 2;

    static readonly System.Buffers.SearchValues<char> AppositionMarks = System.Buffers.SearchValues.Create(",–—-(");

    /// <summary>
    /// "Who is Bulgaria's ambassador to Kazakhstan?": a person whose own post (the one named just before the name, else
    /// just after it) is of another country ("посол Казахстана в Болгарии Айбек Смадияров") is not the one asked for; nor
    /// is one of another post ("Ambassador Smadiyarov met the new rector Mladenov") when someone else in the text holds
    /// the asked one. A text naming the asked post beside nobody says nothing against anyone.
    /// </summary>
    /// <param name="people">Every person the text names (the span among them).</param>
    /// <param name="context">The texts around it, nearest first (the paragraph before the sentence, the paragraph before
    /// that, the headline): a bare post right before the name ("посол Темирбаев", not "председатель Сената Ашимбаев") is
    /// of the country the nearest of them gives that post ("Ambassador of Kazakhstan visits Plovdiv").</param>
    public static bool HoldsAnother(Question q, string text, AnswerSpan span, IReadOnlyList<(int Start, int End)> people, IEnumerable<string?>? context = null)
    {
        if (!AsksHolder(q) || q.Head is not { } head) return false;
        var named = Conditions.PostMentions.Of(q.Text);
        var headConcepts = Conditions.PostMentions.Concepts(head.Label, q.Lang == "kk");
        // "Кто заместитель министра иностранных дел Болгарии?": a deputy is asked by the post after the word for one.
        if (headConcepts.Count == 0 && q.Text.IndexOf(head.Label, StringComparison.OrdinalIgnoreCase) is >= 0 and var at
            && named.Where(p => p.Start > at).MinBy(p => p.Start) is { } deputyOf && Between(q.Text, at, deputyOf.Start).Count <= 1)
            headConcepts = deputyOf.Concepts;
        if (headConcepts.Count == 0) return false;
        var asked = named.Where(p => p.Concepts.Overlaps(headConcepts)).ToList();
        if (asked.Count == 0) return false;
        var posts = Conditions.PostMentions.Of(text);
        var mine = (span.Start, span.End);
        // A name the text gives no post is not the holder when it gives the asked post to someone else ("Посол Казахстана …
        // Виктор Темирбаев встретился с … ректором … Георгием Вылчевым"): of the asked country's, or of any when none is asked.
        // Only a full name counts as that someone: a lone capitalised word after a post ("ректором Софийского университета")
        // may be no name at all.
        if (OwnPost(text, posts, mine, people) is not { } own)
            return !AfterCounterpart(text, mine) && people.Any(other => !Overlap(other, mine) && Between(text, other.Start, other.End).Count > 1
                && OwnPost(text, posts, other, people) is { } theirs && theirs.Concepts.Overlaps(headConcepts));
        if (own.Concepts.Overlaps(headConcepts))
            return asked.Select(p => p.Country).FirstOrDefault(c => c is not null) is { } country
                && (own.Country ?? (own.End <= span.Start && Between(text, own.End, span.Start).Count == 0 ? CountryAround(own, context) : null)) is { } held && held != country
                || HeldOnce(q, text, own) || NotTheNewOne(q, text, asked, own, mine, posts, people, headConcepts);
        return people.Any(other => !Overlap(other, mine) && OwnPost(text, posts, other, people) is { } theirs && theirs.Concepts.Overlaps(headConcepts));
    }

    /// <summary>"…and his Bulgarian counterpart Mila Petrova": the person holds the post named before the counterpart word.</summary>
    static bool AfterCounterpart(string text, (int Start, int End) span) =>
        NearWords.Before(text, span.Start, CounterpartReach).Any(w => DomainLexicon.Default.ConceptsOfWord(w).Contains("counterpart"));

    /// <summary>The country the nearest text around gives the same post ("Посол Республики Казахстан в Болгарии …" before "посол Темирбаев").</summary>
    static string? CountryAround(Conditions.PostMentions.Post own, IEnumerable<string?>? context)
    {
        if (context is null) return null;
        foreach (var text in context)
            if (!string.IsNullOrEmpty(text) && Conditions.PostMentions.Of(text).LastOrDefault(p => p.Country is not null && p.Concepts.Overlaps(own.Concepts)) is { } same)
                return same.Country;
        return null;
    }

    // "the then rector", "бывшего посла Болгарии": the word making the holder a past one stands right before the post.
    const int FormerReach = 2;

    /// <summary>
    /// "…received by the then rector, Prof. Hristo Belev": a past holder is no answer to who holds the post, unless the
    /// question asks of a time ("who was the rector in 2019") or of a predecessor.
    /// </summary>
    static bool HeldOnce(Question q, string text, Conditions.PostMentions.Post own)
    {
        if (q.Periods.Count > 0 || q.Date is not null || QuestionConditions.Default.Of(q).RelatedTo is not null) return false;
        var words = NearWords.Before(text, own.Start, FormerReach + 1);
        return Conditions.ConditionWords.Default.FormerWords.Any(phrase => Enumerable.Range(0, words.Count).Any(i => WordPhrase.At(words, i, phrase)));
    }

    /// <summary>
    /// "Who is the newly elected rector?" over "with rector Gerdzhikov in 2023, and this spring with the newly elected rector
    /// Valchev": when the question calls the holder new and the text calls another holder of the post so, one it does not
    /// call new is the one before them.
    /// </summary>
    static bool NotTheNewOne(Question q, string text, List<Conditions.PostMentions.Post> asked, Conditions.PostMentions.Post own, (int Start, int End) mine,
        List<Conditions.PostMentions.Post> posts, IReadOnlyList<(int Start, int End)> people, IReadOnlySet<string> headConcepts)
    {
        if (!asked.Any(p => CalledNew(q.Text, p)) || CalledNew(text, own)) return false;
        return people.Any(other => !Overlap(other, mine) && OwnPost(text, posts, other, people) is { } theirs && theirs.Concepts.Overlaps(headConcepts) && CalledNew(text, theirs));
    }

    static bool CalledNew(string text, Conditions.PostMentions.Post post)
    {
        var words = NearWords.Before(text, post.Start, FormerReach + 1);
        return Conditions.ConditionWords.Default.NewWords.Any(phrase => Enumerable.Range(0, words.Count).Any(i => WordPhrase.At(words, i, phrase)));
    }

    /// <summary>
    /// The post the text gives the person: the nearest one ending a few words before the name with no other name between
    /// ("посол Болгарии в Казахстане Петко Доков"), else one right after it ("Valchev, rector of…"); none past a counterpart
    /// word, whose post is the one named before it, of the counterpart's side.
    /// </summary>
    internal static Conditions.PostMentions.Post? OwnPost(string text, List<Conditions.PostMentions.Post> posts, (int Start, int End) span, IReadOnlyList<(int Start, int End)> people)
    {
        var before = posts.Where(p => p.End <= span.Start && Between(text, p.End, span.Start) is var words && words.Count <= OwnPostReach
            && !words.Any(w => DomainLexicon.Default.ConceptsOfWord(w).Contains("counterpart"))
            && !people.Any(o => !Overlap(o, span) && o.Start >= p.End && o.End <= span.Start)).MaxBy(p => p.End);
        if (before is not null) return before;
        // An apposition is set off by a comma, a dash or a bracket ("Valchev, rector of…"); "Илиану Йотову принял аким …" gives
        // her no post: the verb between makes the post the subject's, the one named after it.
        return posts.Where(p => p.Start >= span.End && Between(text, span.End, p.Start).Count <= AppositionReach
            && text.AsSpan(span.End, p.Start - span.End).IndexOfAny(AppositionMarks) >= 0
            && !people.Any(o => !Overlap(o, span) && o.Start >= span.End && o.End <= p.Start)).MinBy(p => p.Start);
    }

    static bool Overlap((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    static List<string> Between(string text, int from, int to) =>
        Tokenizer.Words(TextNormalizer.Fold(text[from..to])).ToList();

    /// <summary>The question asks who holds a post ("who is the honorary consul", "which prime minister").</summary>
    public static bool AsksHolder(Question q) => q.Wants(AnswerType.Person) && q.Head is not null && AskedPosts(q).Count > 0;

    /// <summary>The posts the question names for the one it asks about ("honorary consul"; not a title of someone else it names).</summary>
    static HashSet<string> AskedPosts(Question q) => q.Units.Where(u => !u.IsEntity && !u.IsTitle)
        .SelectMany(u => DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(u.Label))).Where(Posts.Contains).ToHashSet(StringComparer.Ordinal);
}

