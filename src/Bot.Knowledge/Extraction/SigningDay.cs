using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The date of a signing told in a sentence that also tells another step of the agreement's life: "On 14 January 2021
/// Kazakhstan denounced the agreement signed in 1996" was signed in 1996, "Конвенция, подписанная 13 ноября 1997 года,
/// ратифицирована Законом от 9 июля 1998 года" on 13 November 1997. A date is of the step whose words stand last before
/// it in its clause (Kazakh, whose verb follows its date, first after it: "2010 жылы қол қойылған … 2020 жылы
/// тоқтатылды"); the signing gets the first date of its own, else the first of a clause naming no step, or none — never
/// the other step's, which would tell a user a wrong signing day.
/// </summary>
public static class SigningDay
{
    /// <summary>Whether the sentence tells another step (else the caller's usual reading holds), and then the signing's own date, if it gives one.</summary>
    public static (bool OtherStep, PartialDate? Date) Read(TokenList tokens, IReadOnlyList<DateMention> dates)
    {
        var others = AgreementWords.OtherSteps.Matches(tokens);
        others.AddRange(AgreementWords.Ratification.Matches(tokens));
        others.AddRange(AgreementWords.EntryIntoForce.Matches(tokens));
        // "Постановление … от 26 августа 2011 года N 969 «Об утверждении Соглашения …» (Соглашение подписано … 1 июня 2011 года)":
        // the act's date is its approval's.
        if (AgreementWords.NamesLaw(tokens)) others.AddRange(AgreementWords.Approval.Matches(tokens));
        if (others.Count == 0) return (false, null);
        var steps = others.Select(o => (o.Start, o.End, Signing: false)).ToList();
        foreach (System.Text.RegularExpressions.Match m in AgreementVocabulary.Signing.Matches(tokens.Text)) steps.Add((m.Index, m.Index + m.Length, true));
        var verbLast = VerbLast(tokens.Text);
        var owners = dates.Select(d => Owner(steps, d, tokens.Text, verbLast)).ToList();
        // A date in a clause of no step ("… refer to the agreement of 30 July 1997") is a document's own date: a signing's.
        var at = owners.IndexOf(true);
        if (at < 0) at = owners.IndexOf(null);
        return (true, at < 0 ? null : dates[at].Start);
    }

    /// <summary>
    /// Whether the step owning the date is the signing, of the steps named in the date's clause: the last before it, else
    /// the first after it (Kazakh the other way round); null when its clause names none.
    /// </summary>
    static bool? Owner(List<(int Start, int End, bool Signing)> steps, DateMention date, string text, bool verbLast)
    {
        var (from, to) = (Clauses.StartOf(text, date.Index), Clauses.EndOf(text, date.EndIndex));
        (int Start, int End, bool Signing)? before = null, after = null;
        foreach (var s in steps)
        {
            if (s.Start < from || s.End > to) continue;
            if (s.End <= date.Index && (before is null || s.End > before.Value.End)) before = s;
            if (s.Start >= date.EndIndex && (after is null || s.Start < after.Value.Start)) after = s;
        }
        var owner = verbLast ? after ?? before : before ?? after;
        return owner?.Signing;
    }

    static bool VerbLast(string text)
    {
        foreach (var c in text)
            if (Alphabet.IsKazakhLetter(char.ToLowerInvariant(c))) return true;
        return false;
    }
}
