using Bot.Knowledge.Text;

namespace Bot.Answering.Lexicon;

/// <summary>
/// Concepts with their words in four languages, stopwords and question cues (embedded lexicon.json).
/// A Russian "переговоры" and a Kazakh "келіссөздер" both expand to the English "talks" a document uses.
/// </summary>
public sealed class DomainLexicon
{
    sealed record Concept(string Id, List<string>? En, List<string>? Ru, List<string>? Bg, List<string>? Kk)
    {
        public IEnumerable<string> Words => (En ?? []).Concat(Ru ?? []).Concat(Bg ?? []).Concat(Kk ?? []);
    }

    sealed record LexiconFile(List<Concept> Concepts, Dictionary<string, List<string>> Stopwords, Dictionary<string, Dictionary<string, List<string>>> Cues);

    readonly Dictionary<string, List<string>> _conceptsByKey = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<string>> _conceptsByWord = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> _keysByConcept = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> _borrowedKeys = new(StringComparer.Ordinal);
    readonly HashSet<string> _stopwords = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<string>> _cues = new(StringComparer.Ordinal);
    readonly Dictionary<string, IReadOnlyList<string>> _wordsByConcept = new(StringComparer.Ordinal);

    readonly Dictionary<string, HashSet<string>> _wordsByLanguage = new(StringComparer.Ordinal);

    public static DomainLexicon Default { get; } = LoadEmbedded();

    static DomainLexicon LoadEmbedded() => new(EmbeddedJson.Load<LexiconFile>("lexicon.json"));

    DomainLexicon(LexiconFile file)
    {
        foreach (var word in file.Stopwords.Values.SelectMany(v => v))
            _stopwords.Add(TextNormalizer.Fold(word));
        foreach (var concept in file.Concepts)
        {
            var keys = _keysByConcept[concept.Id] = new HashSet<string>(StringComparer.Ordinal);
            _wordsByConcept[concept.Id] = concept.Words.Select(TextNormalizer.Fold).Distinct(StringComparer.Ordinal).ToList();
            foreach (var word in concept.Words.Select(TextNormalizer.Fold).Where(w => !w.Contains(' ', StringComparison.Ordinal)))
            {
                if (!_conceptsByWord.TryGetValue(word, out var owners)) _conceptsByWord[word] = owners = [];
                if (!owners.Contains(concept.Id)) owners.Add(concept.Id);
            }
            // Phrases contribute their content words only: "memorandum of understanding" must not make "of" a key.
            foreach (var word in concept.Words.SelectMany(Tokenizer.Words).Select(TextNormalizer.Fold).Where(w => !_stopwords.Contains(w) && w.Length > 1))
                foreach (var key in TermAnalyzer.Keys(word))
                {
                    keys.Add(key);
                    if (!_conceptsByKey.TryGetValue(key, out var list)) _conceptsByKey[key] = list = [];
                    if (!list.Contains(concept.Id)) list.Add(concept.Id);
                }
            // A Kazakh word is also searched by its Kazakh stem and its Latin spelling ("компаниясы", stemmed as Russian for
            // want of a letter of its own, and "kompaniiasy"); they find text, they do not say what a text's word means.
            foreach (var word in (concept.Kk ?? []).SelectMany(Tokenizer.Words).Select(TextNormalizer.Fold).Where(w => !_stopwords.Contains(w) && w.Length > 1))
                keys.UnionWith(TermAnalyzer.KazakhQueryKeys(word));
        }
        // "қала әкімі" (a city's akim) lends the mayor the key of "қала", the word of a city: a key that only such a word of a
        // phrase gives, one another concept lists as its own, is borrowed — it finds text, it does not name the concept.
        foreach (var concept in file.Concepts)
        {
            var own = new HashSet<string>(StringComparer.Ordinal);
            var lent = new HashSet<string>(StringComparer.Ordinal);
            foreach (var form in concept.Words.Select(TextNormalizer.Fold))
                foreach (var word in Tokenizer.Words(form).Where(w => !_stopwords.Contains(w) && w.Length > 1))
                {
                    var other = form.Contains(' ', StringComparison.Ordinal) && _conceptsByWord.TryGetValue(word, out var owners) && !owners.Contains(concept.Id);
                    (other ? lent : own).UnionWith(TermAnalyzer.Keys(word).Concat(concept.Kk?.Any(k => TextNormalizer.Fold(k) == form) == true ? TermAnalyzer.KazakhQueryKeys(word) : []));
                }
            lent.ExceptWith(own);
            if (lent.Count > 0) _borrowedKeys[concept.Id] = lent;
        }
        foreach (var concept in file.Concepts)
            foreach (var (lang, words) in new[] { ("en", concept.En), ("ru", concept.Ru), ("bg", concept.Bg), ("kk", concept.Kk) })
                AddWords(lang, words ?? []);
        foreach (var (lang, words) in file.Stopwords) AddWords(lang, words);
        foreach (var byLang in file.Cues.Values)
            foreach (var (lang, phrases) in byLang) AddWords(lang, phrases);
        foreach (var (cue, byLang) in file.Cues)
            _cues[cue] = byLang.Values.SelectMany(v => v).Select(p => " " + string.Join(' ', Tokenizer.Words(TextNormalizer.Fold(p))) + " ").ToList();
    }

    void AddWords(string lang, IEnumerable<string> phrases)
    {
        if (!_wordsByLanguage.TryGetValue(lang, out var set)) _wordsByLanguage[lang] = set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in phrases.SelectMany(Tokenizer.Words)) set.Add(TextNormalizer.Fold(word));
    }

    /// <summary>Every single word the lexicon lists in a language (concepts, stopwords, question cues), folded.</summary>
    public IReadOnlySet<string> WordsIn(string lang) => _wordsByLanguage.TryGetValue(lang, out var set) ? set : new HashSet<string>();

    public bool IsStopword(string foldedWord) => _stopwords.Contains(foldedWord);

    public IReadOnlyList<string> ConceptsOf(string key) => _conceptsByKey.TryGetValue(key, out var c) ? c : [];

    /// <summary>
    /// The concepts that list this very word form, else those sharing its stem: "ministry" and "minister" share a stem
    /// but not a meaning, and telling a person from an institution needs the word itself.
    /// </summary>
    public IReadOnlyList<string> ConceptsOfWord(string folded) =>
        _conceptsByWord.TryGetValue(folded, out var c) ? c : ConceptsOf(Stemmer.Stem(folded));

    /// <summary>Whether a word of the text (folded here) means one of the concepts: "назначил" for "appoint".</summary>
    public bool NamesAny(string text, IReadOnlySet<string> concepts) =>
        Tokenizer.Words(TextNormalizer.Fold(text)).Any(word => ConceptsOfWord(word).Any(concepts.Contains));

    /// <summary>The concepts that list this very word form, and no other: "сауда" for the bare form of "сауданың".</summary>
    public IReadOnlyList<string> ConceptsListing(string folded) => _conceptsByWord.TryGetValue(folded, out var c) ? c : [];

    /// <summary>The words and phrases the lexicon lists for a concept, folded, in every language.</summary>
    public IReadOnlyList<string> WordsOf(string concept) => _wordsByConcept.TryGetValue(concept, out var w) ? w : [];

    /// <summary>Keys of a concept that only a word of one of its phrases gives, a word another concept lists ("қала" of "қала әкімі").</summary>
    public IReadOnlySet<string> BorrowedKeysOf(string concept) => _borrowedKeys.TryGetValue(concept, out var k) ? k : Empty;

    static readonly HashSet<string> Empty = new(StringComparer.Ordinal);

    public IReadOnlySet<string> KeysOf(string concept) => _keysByConcept.TryGetValue(concept, out var k) ? k : new HashSet<string>();

    /// <summary>Question-type cues found in a question (when, where, who, how_many, how_much, list, cost, growth, why).</summary>
    public HashSet<string> CuesIn(string question)
    {
        var normalized = " " + string.Join(' ', Tokenizer.Words(TextNormalizer.Fold(question))) + " ";
        return _cues.Where(c => c.Value.Any(p => p.Trim().Length > 0 && normalized.Contains(p, StringComparison.Ordinal))).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }
}
