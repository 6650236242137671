using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// A list is often stated over two sentences: one introduces it ("… was in Kazakhstan on an official visit.") and a later
/// one of the paragraph enumerates it ("Two documents came out of the trip: …"), or one adds to items the sentence
/// before named ("… its greater part is oil. Trade also includes aluminium, …"). The sentences to quote for a list
/// question are the evidence and the sentence that completes it (additive words in lists.json).
/// </summary>
public static partial class ListContinuation
{
    sealed record ListFile(Dictionary<string, List<string>> Additive, Dictionary<string, List<string>> Conjunctions);

    static readonly ListFile File = EmbeddedJson.Load<ListFile>("lists.json");

    static readonly Dictionary<string, HashSet<string>> Additive = ByLanguage(File.Additive);

    static readonly Dictionary<string, HashSet<string>> Conjunctions = ByLanguage(File.Conjunctions);

    static Dictionary<string, HashSet<string>> ByLanguage(Dictionary<string, List<string>> words) => words.ToDictionary(
        a => a.Key, a => a.Value.Select(w => string.Join(' ', Tokenizer.Words(TextNormalizer.Fold(w)))).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    // How far past the evidence, in sentences of its paragraph, the enumeration it introduces may stand.
    const int Reach = 2;

    // How many items of a list a closing colon introduces are quoted.
    const int MaxItems = 8;

    /// <param name="paragraphsAfter">The paragraphs after a passage in its document (the store's), so a list whose items stand
    /// one to a paragraph is quoted whole; without it only the paragraph after the evidence is read.</param>
    /// <param name="words">The reader's word keys: whether a sentence holds a word of the question, as the search reads it.</param>
    public static List<string> Quoted(Question q, EvidenceWindow w, WordKeys words, Func<long, int, IReadOnlyList<string>>? paragraphsAfter = null)
    {
        var quoted = new List<string> { w.Sentence };
        // "Two documents are expected to be signed during the visit:" says nothing without the items that follow it.
        if (Introduces(w.Sentence)) return [.. quoted, .. Following(w, paragraphsAfter).Take(MaxItems)];
        if (Adds(w.Sentence) && w.Before is { } before) quoted.Insert(0, before);
        if (Enumerates(w.Sentence)) return quoted;
        var sentences = SentenceSplitter.Split(w.Passage.Text);
        for (var i = w.Index + 1; i < sentences.Count && i <= w.Index + Reach; i++)
        {
            // "…five documents were exchanged. The following were signed: – …; – …": the count is told, the list introduced after it.
            if (Introduces(sentences[i]) && TellsOfAsked(q, w.Sentence, words))
                return [w.Sentence, sentences[i], .. ItemsAfter(sentences.Skip(i + 1).ToList(), w, paragraphsAfter)];
            if (Enumerates(sentences[i]) && HoldsUnit(q, sentences[i], words))
            {
                quoted.Add(sentences[i]);
                return quoted;
            }
        }
        // "Бүгін Ақордада … бес құжат алмасылды." and, as the next paragraph, "Мына құжаттарға қол қойылды:" with its items.
        var nextParagraph = sentences.Count - w.Index - 1 > Reach ? null : w.NextParagraph ?? (paragraphsAfter?.Invoke(w.Passage.Id, 1) is [var after] ? after : null);
        if (nextParagraph is { } next && SentenceSplitter.Split(next) is [var intro, ..] introduced && Introduces(intro) && TellsOfAsked(q, w.Sentence, words))
            return [w.Sentence, intro, .. ItemsAfter(introduced.Skip(1).ToList(), w, paragraphsAfter, skip: 1)];
        return quoted;
    }

    /// <summary>
    /// The evidence tells of the asked things ("бес құжат алмасылды", "four projects were presented"), so the list it leads
    /// to is theirs; a sentence that only names who was there ("Радев покани Токаев …") leads to no list of its own (the
    /// list's introduction is evidence of its own).
    /// </summary>
    static bool TellsOfAsked(Question q, string sentence, WordKeys words) => HoldsUnit(q, sentence, words) || ReadsUnit(q, sentence, words);

    /// <summary>
    /// The items after a list's introduction: the rest of its paragraph, else the paragraphs after it while they go on
    /// with the list (<paramref name="skip"/> paragraphs after the window's are the introduction's own).
    /// </summary>
    static IEnumerable<string> ItemsAfter(List<string> rest, EvidenceWindow w, Func<long, int, IReadOnlyList<string>>? paragraphsAfter, int skip = 0)
    {
        if (rest.Count > 0) return rest.Take(MaxItems);
        if (paragraphsAfter is null) return [];
        var items = new List<string>();
        foreach (var paragraph in paragraphsAfter(w.Passage.Id, MaxItems + skip + 1).Skip(skip))
        {
            var split = SentenceSplitter.Split(paragraph);
            if (split.Count == 0 || items.Count > 0 && !Continues(items[^1], split[0])) break;
            items.AddRange(split);
            if (items.Count >= MaxItems || !LeavesOpen(items[^1])) break;
        }
        return items.Take(MaxItems);
    }

    // A list question's evidence that names no item ("Five Bulgarian cultural centres work in the country") counts for
    // this share of its score when evidence at least CloseToBest as good names them ("«Здравец» in Pavlodar; «Злата» in Astana").
    const double NamesNoItem = 0.6;
    const double CloseToBest = 0.6;

    /// <summary>
    /// The candidates of a list question, those that name items first: a sentence counting or introducing the things
    /// asked for, without naming them, gives way to one that names them, when that one is nearly as much about the question.
    /// A list of goods ("which goods", "кои стоки", "қандай тауарлар") is named by a sentence naming goods (answer-types.json
    /// "goods_items"): the trade's total, however much of the question's words it repeats, names none.
    /// </summary>
    public static List<Candidate> NamingFirst(Question q, List<Candidate> answers)
    {
        if (answers.Count < 2) return answers;
        Func<Candidate, bool> names = AsksForGoods(q) ? NamesGoods : NamesItems;
        var best = answers.Max(a => a.Score);
        if (answers.Any(a => a.Score >= best * CloseToBest && names(a))) answers = [.. answers.Select(a => names(a) ? a : a with { Score = a.Score * NamesNoItem })];
        // "Five documents were exchanged, covering transport, diplomatic training and business" names kinds; "The following
        // documents were signed:" with its items, one a line, names each: when both are close, the items answer.
        best = answers.Max(a => a.Score);
        if (!answers.Any(a => a.Score >= best * CloseToBest && Itemizes(a))) return answers;
        return [.. answers.Select(a => Itemizes(a) ? a : a with { Score = a.Score * NamesNoItem })];
    }

    // How many items after its introduction make a quoted list one told item by item.
    const int ListedItems = 2;

    static bool Itemizes(Candidate a) =>
        a.Quoted.Select((s, i) => (s, i)).FirstOrDefault(x => Introduces(x.s), (s: "", i: -1)).i is var at and >= 0 && a.Quoted.Count - at - 1 >= ListedItems;

    /// <summary>
    /// The head noun ("which goods", "кои стоки"), or another word of the list question naming goods ("what products"); or
    /// a list question whose verb is one of trade ("What did Bulgaria mainly ship to Kazakhstan?", "Что поставляет …?"):
    /// what is shipped is goods.
    /// </summary>
    public static bool AsksForGoods(Question q) =>
        new[] { q.HeadWord }.Concat(q.Units.Where(u => !u.IsEntity).Select(u => TextNormalizer.Fold(u.Label))).OfType<string>()
            .Any(w => DomainLexicon.Default.ConceptsOfWord(w).Contains(GoodsConcept, StringComparer.Ordinal))
        || q.Wants(AnswerType.List) && !q.AnswerTypes.Any(Spans.SpanFinder.Spans) && GoodsFlow.NamesFlow(q);

    const string GoodsConcept = "goods";

    /// <summary>
    /// The question's unit naming goods ("which goods", "қандай тауарлар"), when it asks for them: a line naming goods
    /// ("Български износ: лекарства, машини") holds it, whatever word for goods it leaves out.
    /// </summary>
    public static int? GoodsUnit(Question q)
    {
        if (!q.Wants(AnswerType.List)) return null;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (!q.Units[i].IsEntity && DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(q.Units[i].Label)).Contains(GoodsConcept, StringComparer.Ordinal)) return i;
        return null;
    }

    static bool NamesGoods(Candidate a) => a.Quoted.Any(s => QuestionConditions.Default.GoodsIn(s).Count > 0);

    static bool NamesItems(Candidate a) =>
        a.Quoted.SkipLast(1).Any(Introduces) || a.Quoted.Any(s => Enumerates(s) || QuotedNames.In(s).Skip(1).Any());

    /// <summary>An item of a list, as the sentence splitter leaves it: "- 1989 жыл — 10 228 адам", "2) Шымкент — 9 школ".</summary>
    public static bool IsItem(string sentence) => Item().IsMatch(sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-–—•*·]|\d{1,3}[.)])\s")]
    private static partial System.Text.RegularExpressions.Regex Item();

    /// <summary>
    /// Two items of one list, the neighbour before or after the other: each is a bulleted or numbered item, or the earlier
    /// ends with a semicolon as a list's items do ("Astana–Sofia memorandum;" then "Shymkent–Plovdiv memorandum;"). Each
    /// item tells of its own thing: the parties of one are not the other's.
    /// </summary>
    public static bool Siblings(string sentence, string neighbour, bool neighbourAfter)
    {
        if (IsItem(sentence) && IsItem(neighbour)) return true;
        var earlier = neighbourAfter ? sentence : neighbour;
        return earlier.TrimEnd().EndsWith(';') && !Introduces(neighbourAfter ? neighbour : sentence);
    }

    /// <summary>The window's sentence is an item of a list: bulleted or numbered, or one of items ending with semicolons.</summary>
    public static bool InList(EvidenceWindow w) =>
        IsItem(w.Sentence) || w.Sentence.TrimEnd().EndsWith(';') || w.Before is { } before && before.TrimEnd().EndsWith(';');

    /// <summary>A sentence that ends with a colon introduces what follows it.</summary>
    public static bool Introduces(string sentence) => sentence.TrimEnd().EndsWith(':');

    /// <summary>
    /// What follows the sentence: the rest of its paragraph, else the paragraph after it — and, while its last item leaves
    /// the list open (a semicolon, or a bullet followed by another), the paragraphs after that, one item each.
    /// </summary>
    static List<string> Following(EvidenceWindow w, Func<long, int, IReadOnlyList<string>>? paragraphsAfter)
    {
        var rest = SentenceSplitter.Split(w.Passage.Text).Skip(w.Index + 1).ToList();
        if (rest.Count > 0) return rest;
        // A window not read with the paragraph after it ("Мына жобалар таныстырылды:" alone in its paragraph): the store's.
        if (w.NextParagraph is null && paragraphsAfter is not null) return [.. ItemsAfter([], w, paragraphsAfter)];
        if (w.NextParagraph is not { } next) return [];
        var items = SentenceSplitter.Split(next).ToList();
        if (paragraphsAfter is null || items.Count == 0 || !LeavesOpen(items[^1])) return items;
        var after = paragraphsAfter(w.Passage.Id, MaxItems + 1);
        var at = -1;
        for (var i = 0; i < after.Count && at < 0; i++)
            if (after[i] == next) at = i;
        for (var i = at + 1; at >= 0 && i < after.Count && items.Count < MaxItems; i++)
        {
            var paragraph = SentenceSplitter.Split(after[i]);
            if (paragraph.Count == 0 || !Continues(items[^1], paragraph[0])) break;
            items.AddRange(paragraph);
        }
        return items;
    }

    static bool LeavesOpen(string item) => item.TrimEnd().EndsWith(';') || IsItem(item);

    static bool Continues(string item, string next) => item.TrimEnd().EndsWith(';') || IsItem(item) && IsItem(next);

    /// <summary>The sentence adds to what the one before it named ("… също присъстваха", "… also attended", "… да қатысты").</summary>
    internal static bool Adds(string sentence) => Says(sentence, Additive);

    static bool Says(string text, Dictionary<string, HashSet<string>> byLanguage)
    {
        if (!byLanguage.TryGetValue(LanguageGuess.Of(text), out var words)) return false;
        var folded = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        return folded.Where((_, i) => words.Contains(folded[i]) || i + 1 < folded.Count && words.Contains(folded[i] + " " + folded[i + 1])).Any();
    }

    /// <summary>
    /// A colon or semicolon before more text, or a comma with a joining word after it ("a, b and c"): the sentence names
    /// items. Commas alone may only set off an apposition ("the Chairperson, Tsetska Tsacheva, was…").
    /// </summary>
    static bool Enumerates(string sentence)
    {
        var colon = sentence.IndexOfAny([':', ';']);
        if (colon >= 0 && colon < sentence.Length - 3) return true;
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        return comma >= 0 && Says(sentence[comma..], Conjunctions);
    }

    static bool HoldsUnit(Question q, string sentence, WordKeys words)
    {
        var keys = Tokenizer.Words(sentence).SelectMany(AliasKeys.ForText).ToHashSet(StringComparer.Ordinal);
        return q.Units.Any(u => !u.IsEntity && u.Keys.Overlaps(keys)) || Introduces(sentence) && ReadsUnit(q, sentence, words);
    }

    /// <summary>
    /// The sentence holds a word of the question as the search reads it, Kazakh stems too: "мына құжаттарға қол қойылды:"
    /// for "which documents".
    /// </summary>
    static bool ReadsUnit(Question q, string sentence, WordKeys words)
    {
        var held = words.Held(sentence, new UnitMasks(q.Units));
        return Enumerable.Range(0, Math.Min(q.Units.Count, 64)).Any(i => !q.Units[i].IsEntity && (held & 1UL << i) != 0);
    }
}
