using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction;

/// <summary>The word lists of agreements.json, looked up word by word (see the file for what each list means).</summary>
internal static class AgreementWords
{
    sealed record WordsFile(
        List<string> GroupWords, List<string> GroupWordsOneInKazakh, List<string> DocumentWords, List<string> ExchangeWords, List<string> InForceWords, List<string> AmendedWords,
        LanguageWords Ratification, LanguageWords EntryIntoForce, LanguageWords OtherSteps, LanguageWords OnSigningDay, LanguageWords LawWords, LanguageWords Denials,
        LanguageWords PartyHeaders, LanguageWords FinalClauseVerbs, LanguageWords FinalClauseCopies, LanguageWords SelfReference, LanguageWords SideHeads,
        LanguageWords SideHeadsAfter, LanguageWords Presence, LanguageWords Approval, LanguageWords RelatedHeads, LanguageWords BillWords, LanguageWords StepDone,
        LanguageWords Signing);

    static readonly WordsFile File = VocabularyFile.Load<WordsFile>("agreements.json");

    public static readonly WordSet Group = new(File.GroupWords);
    static readonly WordSet OneInKazakh = new(File.GroupWordsOneInKazakh);
    public static readonly WordSet Document = new(File.DocumentWords);
    public static readonly WordSet Exchange = new(File.ExchangeWords);
    public static readonly WordSet InForce = new(File.InForceWords);

    /// <summary>"amended", "изменениями", "өзгертілген": an agreement changed by a later document.</summary>
    public static readonly WordSet Amended = new(File.AmendedWords);

    /// <summary>"ratified", "ратифицирован": an agreement's ratification.</summary>
    public static readonly PhraseMatcher Ratification = new(File.Ratification.All);

    /// <summary>"entered into force", "вступило в силу": an agreement's entry into force.</summary>
    public static readonly PhraseMatcher EntryIntoForce = new(File.EntryIntoForce.All);

    /// <summary>"approved the draft", "initialled", "extended", "denounced", "денонсировал": a step of an agreement's life that is no signing.</summary>
    public static readonly PhraseMatcher OtherSteps = new(File.OtherSteps.All);

    /// <summary>"The memorandum has not yet been signed", "Меморандумът все още не е подписан": a document still unsigned.</summary>
    public static readonly PhraseMatcher Denials = new(File.Denials.All);

    /// <summary>"signed", "подписан", "қол қойды": any word of signing, as a denial's scope is read against it.</summary>
    public static readonly PhraseMatcher Signing = new(File.Signing.All);

    /// <summary>"on the day of signing", "в день подписания".</summary>
    public static readonly PhraseMatcher OnSigningDay = new(File.OnSigningDay.All);

    /// <summary>"Law", "Указ", "Заң": an act that ratifies, named with its number.</summary>
    static readonly PhraseMatcher LawWordsAny = new(File.LawWords.All);

    /// <summary>"entered into force", "вступило в силу", "күшіне енді": a later step told as done.</summary>
    public static readonly PhraseMatcher StepDone = new(File.StepDone.All);

    /// <summary>"Законопроект", "bill", "заң жобасы": a bill, whose law word names no act.</summary>
    static readonly PhraseMatcher BillWords = new(File.BillWords.All);

    /// <summary>The law words of a text that name an act, not a bill ("Законопроект № 412-II" is none).</summary>
    public static IEnumerable<PhraseMatch> Laws(TokenList tokens)
    {
        var laws = LawWordsAny.Matches(tokens);
        if (laws.Count == 0) return laws;
        var bills = BillWords.Matches(tokens);
        return bills.Count == 0 ? laws : laws.Where(l => !bills.Exists(b => b.FirstToken <= l.FirstToken && l.FirstToken <= b.LastToken));
    }

    /// <summary>Whether a text names a bill ("Законопроект № 412-II", "bill", "заң жобасы").</summary>
    public static bool NamesBill(TokenList tokens) => BillWords.IsMatch(tokens);

    /// <summary>Whether a text names an act or a bill by a law word ("the ratification law", "заң жобасы").</summary>
    public static bool NamesLawOrBill(TokenList tokens) => LawWordsAny.IsMatch(tokens) || BillWords.IsMatch(tokens);

    /// <summary>Whether a text names an act by a law word (not a bill).</summary>
    public static bool NamesLaw(TokenList tokens) => Laws(tokens).Any();

    /// <summary>"Kazakh party", "Българска страна", "Қазақстан тарапы": a table column that lists one side of its documents.</summary>
    public static readonly PhraseMatcher PartyHeaders = new(File.PartyHeaders.All);

    /// <summary>"Done", "Совершено", "Изготвено", "жасалды": the verb of an agreement text's final clause.</summary>
    public static readonly PhraseMatcher FinalClauseVerbs = new(File.FinalClauseVerbs.All);

    /// <summary>"in two originals", "в двух подлинных экземплярах", "екі түпнұсқа данада": the copies a final clause counts.</summary>
    public static readonly PhraseMatcher FinalClauseCopies = new(File.FinalClauseCopies.All);

    /// <summary>"This", "Настоящее", "Осы": a text naming itself by its kind ("This Agreement shall enter into force …").</summary>
    public static readonly PhraseMatcher SelfReference = new(File.SelfReference.All);

    /// <summary>"For", "За", "От името на": the opening of a signature block's column.</summary>
    public static readonly PhraseMatcher SideHeads = new(File.SideHeads.All);

    /// <summary>"үшін", "атынан": the Kazakh close of a signature block's column.</summary>
    public static readonly PhraseMatcher SideHeadsAfter = new(File.SideHeadsAfter.All);

    /// <summary>"approved", "Об утверждении", "одобрено", "бекіту": an act approving a signed agreement.</summary>
    public static readonly PhraseMatcher Approval = new(File.Approval.All);

    /// <summary>"Related documents", "Связанные документы", "Свързани документи": the head of a legal database's list of other documents.</summary>
    public static readonly PhraseMatcher RelatedHeads = new(File.RelatedHeads.All);

    /// <summary>Whether a list's introduction is a related-documents head ("—— Связанные документы:"): its items are other documents.</summary>
    public static bool IntroducesRelated(string intro) => IntroducesRelated(TokenList.Of(intro));

    /// <summary>
    /// <see cref="IntroducesRelated(string)"/> on a text's words: the head must be its last word (the colon or stop after it
    /// is no word), so a sentence's own words are read as they are, with no copy of its text cut short.
    /// </summary>
    public static bool IntroducesRelated(TokenList tokens) =>
        tokens.Count > 0 && RelatedHeads.Last(tokens) is { } head && head.LastToken == tokens.Count - 1;

    /// <summary>"In the presence of", "В присутствии": the people after it attended a signing and signed nothing.</summary>
    public static readonly PhraseMatcher Presence = new(File.Presence.All);

    /// <summary>"documents", "документов", "құжатқа": a word for documents in general, in any form.</summary>
    public static bool StartsWithDocumentWord(string folded) => File.DocumentWords.Exists(w => folded.StartsWith(TokenList.Fold(w), StringComparison.Ordinal));

    /// <summary>Whether any word of the text is in the set.</summary>
    public static bool Any(WordSet set, string text) => First(set, text) >= 0;

    /// <summary>Where the first word of the set stands in the text, or -1.</summary>
    public static int First(WordSet set, string text)
    {
        var tokens = TokenList.Of(text);
        for (var i = 0; i < tokens.Count; i++)
            if (set.ContainsFolded(tokens[i].Folded)) return tokens[i].Start;
        return -1;
    }

    /// <summary>Whether the word starting at <paramref name="index"/> names a group of documents ("memoranda", "Договоры").</summary>
    public static bool IsGroupAt(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var folded = TokenList.Fold(text[index..end]);
        // "ынтымақтастық меморандумы": Kazakh writes one memorandum with the ending of a Russian plural.
        return Group.ContainsFolded(folded) && !(OneInKazakh.ContainsFolded(folded) && IsKazakh(text));
    }

    static bool IsKazakh(string text)
    {
        foreach (var c in text)
            if (Text.Alphabet.IsKazakhLetter(char.ToLowerInvariant(c))) return true;
        return false;
    }
}
