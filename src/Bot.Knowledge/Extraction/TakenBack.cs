using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Whether a sentence takes back the act it names: a signing put off or cancelled ("the signing of the agreement on
/// maritime transport has been postponed", "подписание Соглашения … перенесено на следующий год"), a visit or a meeting
/// called off ("визитът … беше отложен", "сапар кейінге шегерілді"), or a report of a signing called untrue ("Reports that a
/// memorandum was signed are untrue", "опровергли сообщения о том, что соглашение было подписано"). The words are
/// modality.json's; what is taken back is read within its clause, so "the agreement was signed, but the visit was postponed"
/// still signs.
/// </summary>
public static class TakenBack
{
    sealed record WordsFile(LanguageWords SigningNouns, LanguageWords CalledOff, LanguageWords Refuted, LanguageWords StepNotDone, LanguageWords SigningNotDone, LanguageWords NotOnly, LanguageWords MovedTo, LanguageWords ClauseTurns);

    static readonly WordsFile File = VocabularyFile.Load<WordsFile>("modality.json");
    static readonly PhraseMatcher SigningNouns = new(File.SigningNouns.All);
    static readonly PhraseMatcher CalledOffWords = new(File.CalledOff.All);
    static readonly PhraseMatcher RefutedWords = new(File.Refuted.All);
    static readonly PhraseMatcher ClauseTurns = new(File.ClauseTurns.All);
    static readonly PhraseMatcher StepNotDoneWords = new(File.StepNotDone.All);
    static readonly PhraseMatcher SigningNotDoneWords = new(File.SigningNotDone.All);
    static readonly WordSet NotOnlyWords = new([.. File.NotOnly.All]);
    static readonly WordSet MovedToWords = new([.. File.MovedTo.All]);

    /// <summary>Whether the sentence puts off, cancels or denies a signing it names.</summary>
    public static bool Signing(TokenList tokens) =>
        InOneClause(tokens, SigningNouns, CalledOffWords) || InOneClause(tokens, AgreementWords.Signing, RefutedWords) || SigningNegated(tokens);

    /// <summary>
    /// Whether a word of signing has a negation beside it in its clause: "no agreement has yet been signed", "подписано не
    /// было", "все още не е подписан", "қол қойылған жоқ".
    /// </summary>
    static bool SigningNegated(TokenList tokens)
    {
        if (!SigningNotDoneWords.IsMatch(tokens)) return false;
        foreach (var cue in AgreementWords.Signing.Each(tokens))
            if (NotDoneNear(tokens, cue, SigningNotDoneWords)) return true;
        return false;
    }

    /// <summary>The same for a text not yet split into words.</summary>
    public static bool Signing(string text) => Signing(TokenList.Of(text));

    /// <summary>Whether the text says something was postponed, cancelled or did not take place ("визит отменён").</summary>
    public static bool CalledOff(TokenList tokens, int from = 0, int to = int.MaxValue) => CalledOffWords.IsMatch(tokens, from, to);

    /// <summary>The same for a text not yet split into words.</summary>
    public static bool CalledOff(string text) => CalledOff(TokenList.Of(text));

    /// <summary>Whether the text calls a report or a claim untrue.</summary>
    public static bool Refuted(string text) => RefutedWords.IsMatch(TokenList.Of(text));

    // How many words may stand between a step's word and a word saying it is not taken: "has not yet been ratified" (three
    // before it), "ratification is not required" (one after it).
    const int NotDoneBefore = 3, NotDoneAfter = 1;

    /// <summary>
    /// Whether the words around a later step of an agreement (<paramref name="cue"/>: "ratification", "entered into force")
    /// say it is not taken, not yet, or only required: "does not require ratification", "пока не ратифицировано", "не
    /// подлежи на ратификация", "ратификациялауды қажет етпейді". Such a sentence tells no step.
    /// </summary>
    public static bool StepNotDone(TokenList tokens, PhraseMatch cue) => StepNotDoneWords.IsMatch(tokens) && NotDoneNear(tokens, cue, StepNotDoneWords);

    /// <summary>A word of <paramref name="words"/> on the cue, up to three words before it or one after it, in its clause.</summary>
    static bool NotDoneNear(TokenList tokens, PhraseMatch cue, PhraseMatcher words)
    {
        foreach (var m in words.Each(tokens))
        {
            // "not only signed but also ratified" negates nothing.
            if (m.LastToken + 1 < tokens.Count && NotOnlyWords.ContainsFolded(tokens[m.LastToken + 1].Folded)) continue;
            if (m.LastToken >= cue.FirstToken && m.FirstToken <= cue.LastToken) return true;
            var (gap, from, to) = m.LastToken < cue.FirstToken
                ? (cue.FirstToken - m.LastToken - 1, m.End, cue.Start)
                : (m.FirstToken - cue.LastToken - 1, cue.End, m.Start);
            if (gap > (m.LastToken < cue.FirstToken ? NotDoneBefore : NotDoneAfter)) continue;
            if (!Text.Clauses.BreakBetween(tokens.Text, from, to)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a text names later steps of an agreement (ratification, entry into force) and says of every one that it is not
    /// taken (<see cref="StepNotDone"/>): "The agreement does not require ratification and applies from the day of signing".
    /// </summary>
    public static bool NoStepTaken(string text)
    {
        var tokens = TokenList.Of(text);
        var named = false;
        foreach (var cues in (PhraseMatcher[])[AgreementWords.Ratification, AgreementWords.EntryIntoForce])
            foreach (var cue in cues.Each(tokens))
            {
                if (!StepNotDone(tokens, cue)) return false;
                named = true;
            }
        return named;
    }

    /// <summary>
    /// What the sentence tells of the day at [<paramref name="start"/>, <paramref name="end"/>): the day an event was meant
    /// for and then put off or cancelled ("The visit to Varna, planned for 20 March, was postponed": <see cref="DateFate.CalledOff"/>),
    /// the day it was put off to ("postponed to 20 May", "20 маусымға шегерілді": <see cref="DateFate.MovedTo"/>, a plan), or
    /// neither. A clause of the day that tells the event as held ("postponed in March, the visit took place on 20 May") is
    /// no calling off.
    /// </summary>
    public static DateFate FateOfDate(string text, int start, int end)
    {
        var tokens = TokenList.Of(text);
        if (!CalledOffWords.IsMatch(tokens)) return DateFate.None;
        foreach (var c in CalledOffWords.Each(tokens))
        {
            if (c.End <= start && OnlyMovedTo(text.AsSpan(c.End, start - c.End))) return DateFate.MovedTo;
            if (c.Start >= end && OnlySuffix(text.AsSpan(end, c.Start - end))) return DateFate.MovedTo;
        }
        var clause = (From: Text.Clauses.StartOf(text, start), To: Text.Clauses.EndOf(text, end));
        if (Events.EventWords.Held.IsMatch(tokens, clause.From, clause.To)) return DateFate.None;
        foreach (var c in CalledOffWords.Each(tokens))
        {
            var (from, to) = c.End <= start ? (c.End, start) : (end, c.Start);
            if (to <= from || !text.AsSpan(from, to - from).Contains(';') && !ClauseTurns.IsMatch(tokens, from, to)) return DateFate.CalledOff;
        }
        return DateFate.None;
    }

    /// <summary>"postponed to ", "перенесён на ": nothing but one word of <c>movedTo</c> between the calling off and the day.</summary>
    static bool OnlyMovedTo(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim();
        return word.IsEmpty || word.IndexOfAny(' ', ',') < 0 && MovedToWords.Contains(word.ToString());
    }

    /// <summary>"20 маусымға шегерілді": the day's case ending and spaces alone between the day and the calling off.</summary>
    static bool OnlySuffix(ReadOnlySpan<char> gap)
    {
        var i = 0;
        while (i < gap.Length && char.IsLetter(gap[i])) i++;
        return gap[i..].IsWhiteSpace();
    }

    /// <summary>
    /// Whether a word of <paramref name="what"/> and one of <paramref name="cue"/> stand in one clause, in either order: no
    /// semicolon and no word opening another clause ("but", "а", "докато", "бірақ") between them. Commas do not part them:
    /// "The signing of the memorandum, planned for May, has been postponed".
    /// </summary>
    static bool InOneClause(TokenList tokens, PhraseMatcher what, PhraseMatcher cue)
    {
        // Most sentences hold neither: the cue, the rarer, is looked for first.
        if (!cue.IsMatch(tokens)) return false;
        foreach (var c in cue.Each(tokens))
            foreach (var w in what.Each(tokens))
            {
                var (from, to) = w.End <= c.Start ? (w.End, c.Start) : (c.End, w.Start);
                if (to < from) return true;
                if (tokens.Text.AsSpan(from, to - from).Contains(';') || ClauseTurns.IsMatch(tokens, from, to)) continue;
                return true;
            }
        return false;
    }
}

/// <summary>What a sentence tells of a day it names for an event (<see cref="TakenBack.FateOfDate"/>).</summary>
public enum DateFate { None, CalledOff, MovedTo }
