using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The words that mark a signed document, its kind and its domain (agreements.json, in English, Russian, Bulgarian and
/// Kazakh), compiled once into the expressions the extractors and the answerer match with.
/// </summary>
public static class AgreementVocabulary
{
    sealed record KindWords(string Kind, LanguageWords Words);
    sealed record DomainWords(string Domain, LanguageWords Words);
    sealed record VocabularyWords(
        List<KindWords> Kinds, LanguageWords Signing, LanguageWords NotYetSigned, LanguageWords Outcome, LanguageWords Between, LanguageWords BetweenAfter,
        LanguageWords SubjectStart, LanguageWords PartySeparators, List<DomainWords> Domains, LanguageWords Articles,
        LanguageWords PartyGroupPrefixes, LanguageWords SubjectTrailers, LanguageWords DatePrepositions, LanguageWords PlacePrepositions,
        Dictionary<string, List<string>> PartyCountryStems, LanguageWords PlaceMentions, LanguageWords PlaceMentionEndings, LanguageWords OpeningCircumstances, LanguageWords SubjectBefore, List<string> GenericTitleWords,
        LanguageWords NameLinks, List<string> KazakhCaseEndings, List<string> KazakhPossessiveEndings,
        LanguageWords FutureWords, LanguageWords? Concluded, LanguageWords? ClauseOpeners);

    static readonly VocabularyWords File = VocabularyFile.Load<VocabularyWords>("agreements.json");

    /// <summary>"in", "в", "във": a word before a city that names it as where a signing took place.</summary>
    public static IReadOnlyList<string> PlaceMentions { get; } = [.. File.PlaceMentions.All];

    /// <summary>Kazakh locative endings ("Астанада"): on a city's name, where a signing took place.</summary>
    public static IReadOnlyList<string> PlaceMentionEndings { get; } = [.. File.PlaceMentionEndings.All];

    /// <summary>Words every agreement's title may hold ("memorandum", "signed"), which do not tell one agreement from another.</summary>
    public static IReadOnlyList<string> GenericTitleWords { get; } = File.GenericTitleWords;

    /// <summary>Each kind of document with the words naming it, in the order the kinds are tried.</summary>
    public static readonly (string Kind, Regex Pattern)[] Kinds = [.. File.Kinds.Select(k => (k.Kind, Phrases.Compile(k.Words.All)))];

    /// <summary>Which of the <see cref="Kinds"/> a text's words may name: only those are run on it.</summary>
    public static readonly PhraseGate KindGate = new([.. File.Kinds.Select(k => k.Words.All)]);

    // Signing, plans and outcomes are asked of every sentence: read through its words first (PhraseExpression).
    static readonly PhraseExpression SigningPhrases = new(File.Signing.All);
    static readonly PhraseExpression NotYetSignedPhrases = new(File.NotYetSigned.All);
    static readonly PhraseExpression OutcomePhrases = new(File.Outcome.All);

    public static Regex Signing => SigningPhrases.Expression;

    static readonly PhraseExpression ConcludedPhrases = new(File.Concluded?.All ?? []);

    /// <summary>Whether a sentence names signing (<see cref="Signing"/>), or a document it names as concluded (<see cref="SigningVerb"/>).</summary>
    internal static bool NamesSigning(TokenList tokens) => SigningPhrases.IsMatch(tokens) || ConcludedPhrases.IsMatch(tokens) && Concluded(tokens.Text).Success;

    /// <summary>
    /// The verb that signed the document a text names: a signing verb, else the participle a law or a list puts after the
    /// document's name to say where and when it was concluded ("Ратифицировать Соглашение …, совершенное в Софии 15 сентября
    /// 1999 года", "To ratify the Agreement …, done at Sofia on 14 May 2019", "Конвенция совершена в Алматы …") — only
    /// after a kind word, as a final clause's verb opening a sentence of its own dates the text, not a document it names.
    /// </summary>
    public static Match SigningVerb(string text) => Signing.Match(text) is { Success: true } signing ? signing : Concluded(text);

    static Match Concluded(string text)
    {
        var m = ConcludedPhrases.Match(text);
        return m.Success && Kinds.Any(k => k.Pattern.Match(text, 0, m.Index) is { Success: true }) ? m : System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>A folded word for a signed document of any kind ("документы", "құжаттар").</summary>
    public static bool IsDocumentWord(string folded) => AgreementWords.StartsWithDocumentWord(folded);

    /// <summary>Plans, hopes and denials: a document that will be signed is not an agreement yet.</summary>
    public static Regex NotYetSigned => NotYetSignedPhrases.Expression;

    /// <summary>
    /// Whether a sentence says its documents are not signed (yet): <see cref="NotYetSigned"/>, or a signing it tells is put
    /// off, cancelled or denied (<see cref="TakenBack"/>).
    /// </summary>
    internal static bool SaysNotYetSigned(TokenList tokens) => NotYetSignedPhrases.IsMatch(tokens) || TakenBack.Signing(tokens);

    internal static bool SaysNotYetSigned(string text) => SaysNotYetSigned(TokenList.Of(text));

    /// <summary>Whether a text an answer quotes tells its signing as not done: planned, hoped for, denied, put off or cancelled.</summary>
    public static bool TellsUnsigned(string text) => SaysNotYetSigned(text);

    /// <summary>"came out of", "по итогам": with a count of documents, a statement that they were signed.</summary>
    public static Regex Outcome => OutcomePhrases.Expression;

    /// <summary>Whether a sentence holds a word of outcome (<see cref="Outcome"/>).</summary>
    internal static bool StatesOutcome(TokenList tokens) => OutcomePhrases.IsMatch(tokens);

    /// <summary>The words of a text that name a law or an act ("law", "Закон", "постановлением", "заңы"): their first and last tokens.</summary>
    /// <summary>Where the verbs of ratifying or approving an agreement stand ("ratify", "утвердила", "ратифицира"), by token.</summary>
    public static IEnumerable<(int First, int Last)> ActVerbsIn(TokenList tokens) =>
        AgreementWords.Ratification.Matches(tokens).Concat(AgreementWords.Approval.Matches(tokens)).Select(m => (m.FirstToken, m.LastToken));

    /// <summary>Whether a text names a law, an act or a bill at all ("When was the ratification law published?").</summary>
    public static bool NamesLawOrBill(string text) => AgreementWords.NamesLawOrBill(TokenList.Of(text));

    public static IEnumerable<(int First, int Last)> LawWordsIn(TokenList tokens) =>
        AgreementWords.Laws(tokens).Select(m => (m.FirstToken, m.LastToken));

    /// <summary>"between", with the spaces after it: the parties follow the match.</summary>
    public static readonly Regex Between = new(Phrases.Before + Phrases.Alternation(File.Between.All) + Phrases.After + @"\s*", Phrases.Options | RegexOptions.Compiled);

    /// <summary>"туралы": a document's subject ends right before its kind word (Kazakh names a document head last).</summary>
    public static readonly Regex SubjectBeforeKind = new(Phrases.Before + Phrases.Alternation(File.SubjectBefore.All) + @"\s+$", Phrases.Options | RegexOptions.Compiled);

    /// <summary>"туралы" anywhere: the word that closes a document's subject, as Kazakh writes a name head last.</summary>
    public static readonly Regex SubjectBeforeWord = new(Phrases.Before + Phrases.Alternation(File.SubjectBefore.All) + Phrases.After, Phrases.Options | RegexOptions.Compiled);

    /// <summary>
    /// "хаттамасына" → "хаттамасы", "меморандумға" → "меморандум": a Kazakh kind word closing a title, without the case ending
    /// the sentence gave it (kazakhCaseEndings); a title that is the kind word alone also loses its possessive ending
    /// (kazakhPossessiveEndings: "Хаттамасы" → "Хаттама"). The stem left must still be the kind's.
    /// </summary>
    public static IReadOnlyList<string> KazakhCaseEndings { get; } = [.. File.KazakhCaseEndings.OrderByDescending(e => e.Length)];

    public static IReadOnlyList<string> KazakhPossessiveEndings { get; } = [.. File.KazakhPossessiveEndings.OrderByDescending(e => e.Length)];

    /// <summary>A joining word or comma that opens the next name of a list ("және", "and").</summary>
    public static readonly Regex ListJoinStart = new(@"\G[\s,]*(?:" + Phrases.Alternation(File.PartySeparators.All) + @"(?![\p{L}]))?[\s,]*", Phrases.Options | RegexOptions.Compiled);

    /// <summary>"барысында", "в ходе визита": the end of a circumstance that opens a clause before its parties.</summary>
    /// <remarks>Asked of the clause before the parties of every document drafted: read through its words first (see <see cref="PhraseExpression"/>).</remarks>
    public static readonly PhraseExpression OpeningCircumstance = new(File.OpeningCircumstances.All);

    /// <summary>Kazakh "арасында": the parties come before the match ("Қазақстан мен Болгария арасында").</summary>
    public static readonly Regex BetweenAfter = Phrases.Compile(File.BetweenAfter.All);

    /// <summary>Where the parties stop and the subject begins: the match starts at the space before the word.</summary>
    public static readonly Regex SubjectStart = new(@"\s+" + Phrases.Alternation(File.SubjectStart.All) + @"\s+", Phrases.Options | RegexOptions.Compiled);

    /// <summary>
    /// Right after a kind word, what carries a document's name on: a subject ("on", "о", "за"), the parties ("between",
    /// "между"), a link of nameLinks ("of understanding", "с България"), a quote or a capitalised name. Any other word after
    /// it ("в меморандуме не названы маршруты", "the memorandum does not name") mentions a document without naming it.
    /// </summary>
    internal static bool NameGoesOn(ReadOnlySpan<char> afterKind)
    {
        var rest = afterKind.TrimStart();
        return rest.IsEmpty || char.IsUpper(rest[0]) || rest[0] is '«' or '“' or '"' or '(' || NameLink.IsMatch(afterKind);
    }

    static readonly Regex NameLink = new(
        @"^\s+" + Phrases.Alternation([.. File.SubjectStart.All, .. File.Between.All, .. File.NameLinks.All]) + Phrases.After,
        Phrases.Options | RegexOptions.Compiled);

    /// <summary>"and" or a comma between two parties.</summary>
    public static readonly Regex PartySeparator = new(@"\s+" + Phrases.Alternation(File.PartySeparators.All) + @"\s+|,\s+", Phrases.Options | RegexOptions.Compiled);

    /// <summary>Each domain with the words naming it, in the order the domains are tried.</summary>
    /// <remarks>
    /// Compiled: read for every agreement drafted, which on a large ingestion is many thousands of times (interpreted, they
    /// were about 1 % of ingestion's CPU time).
    /// </remarks>
    public static readonly (string Domain, Regex Pattern)[] Domains =
        [.. File.Domains.Select(d => (d.Domain, new Regex(Phrases.Before + Phrases.Alternation(d.Words.All) + Phrases.After, Phrases.Options | RegexOptions.Compiled)))];

    /// <summary>Which of the <see cref="Domains"/> an item's words may name: only those are run on it, in their order.</summary>
    public static readonly PhraseGate DomainGate = new([.. File.Domains.Select(d => d.Words.All)]);

    /// <summary>
    /// A word that names signed documents in general ("agreements", "documents", "memoranda", "signed", "соглашений"): it
    /// says a question is about agreements, not which one.
    /// </summary>
    public static bool NamesDocuments(string word) =>
        Signing.IsMatch(word) || Kinds.Any(k => k.Pattern.IsMatch(word)) || AgreementWords.Group.Contains(word) || AgreementWords.StartsWithDocumentWord(TokenList.Fold(word));

    /// <summary>A plural that names documents as a group ("agreements", "соглашений", "меморандумите", "келісімдер"): what "how many" can count.</summary>
    public static bool NamesGroup(string word) => AgreementWords.Group.Contains(word);

    /// <summary>
    /// Whether a sentence tells a step of a document's life: signed or still to be signed, initialled, ratified, in force,
    /// extended or denounced ("документ был парафирован; подписать его предстоит …").
    /// </summary>
    public static bool TellsStep(string text)
    {
        var tokens = TokenList.Of(text);
        return NamesSigning(tokens) || SaysNotYetSigned(tokens) || AgreementWords.OtherSteps.IsMatch(tokens)
            || AgreementWords.Ratification.IsMatch(tokens) || AgreementWords.EntryIntoForce.IsMatch(tokens);
    }

    static readonly Regex Future = Phrases.Compile(File.FutureWords.All);

    /// <summary>Whether a question names a signing at all ("signed", "подписан", "қол қойылды").</summary>
    public static bool AsksOfSigning(string question) => NamesSigning(TokenList.Of(question));

    /// <summary>
    /// Whether a question asks of a signing still ahead: a plan as a text states one ("будет подписано", "ще бъде подписано"),
    /// or a signing word with a word that puts it ahead, wherever the question puts them ("When will the agreement be signed?").
    /// </summary>
    public static bool AsksPlannedSigning(string question) =>
        NotYetSignedPhrases.IsMatch(question) || NamesSigning(TokenList.Of(question)) && Future.IsMatch(question);

    const RegexOptions Hot = Phrases.Options | RegexOptions.Compiled;
    static string Joiners => Phrases.Alternation(File.PartySeparators.All);
    static string Articles => Phrases.Alternation(File.Articles.All);

    /// <summary>"…, and an" left at the end of one document's part of "a memorandum on X, and an agreement on Y".</summary>
    internal static readonly Regex TrailingJoin = new($@"(?:,|\s+{Joiners})?\s+{Articles}?\s*$", Hot);

    /// <summary>"…, and a" before a second document's kind: a list goes on, no party name holds the kind word.</summary>
    internal static readonly Regex ListJoinEnd = new($@"[,;]\s*(?:{Joiners}\s+)?(?:{Articles}\s+)?$", Hot);

    static readonly Regex ClauseOpener = new($@"^\s*{Phrases.Alternation(File.ClauseOpeners?.All ?? [])}\s*$", Phrases.Options);

    /// <summary>"что", "that the", "че": the words between a comma and a document's kind only open the clause it starts.</summary>
    internal static bool OpensClause(string between) => ClauseOpener.IsMatch(between);

    /// <summary>"the", "a" before a party's name.</summary>
    internal static readonly Regex LeadingArticle = new($@"^{Articles}\s+", Hot);

    /// <summary>"and an" before a title.</summary>
    internal static readonly Regex LeadingJoinAndArticle = new($@"^(?:{Joiners}\s+)?{Articles}\s+", Hot);

    /// <summary>"the cities of" before the parties a "between" introduces.</summary>
    internal static readonly Regex PartyGroupPrefix = new($@"^{Phrases.Alternation(File.PartyGroupPrefixes.All)}\s+", Hot);

    /// <summary>"have", "jointly" between the parties and the signing verb.</summary>
    internal static readonly Regex SubjectTrailer = new($@"\s+{Phrases.Alternation(File.SubjectTrailers.All)}\s*$", Hot);

    /// <summary>Where a document's name stops: a comma, or a preposition before a date ("on 20 November", "in June 2024", "в 2024").</summary>
    /// <remarks>Case-sensitive: "In" opening a name ("Memorandum In Support of …") is part of it.</remarks>
    internal static readonly Regex NameEnd =
        new($@",|\s+{Phrases.Alternation(File.DatePrepositions.All)}\s+(?:\p{{Lu}}\p{{L}}+\s+)?\d", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"in Astana", "в городе Шымкенте": the capitalised word after it is the place, if it is a city.</summary>
    internal static readonly Regex PlacePhrase =
        new($@"{Phrases.Before}{Phrases.Alternation(File.PlacePrepositions.All)}\s+(?<p>\p{{Lu}}[\p{{L}}-]+)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The country a party's own words tell ("Kazakhtelecom", "Българска"), by the stems each country's names share.</summary>
    internal static string? CountryOf(string name)
    {
        foreach (var (country, stems) in File.PartyCountryStems)
            if (stems.Exists(s => name.Contains(s, StringComparison.OrdinalIgnoreCase))) return country;
        return null;
    }
}
