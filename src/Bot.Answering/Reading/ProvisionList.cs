using Bot.Answering.Lexicon;

namespace Bot.Answering.Reading;

/// <summary>
/// "What does the memorandum provide for?", "Что предусматривает…", "Меморандум нені көздейді?": what answers is the list a
/// lead sentence opens with the same verb ("Меморандум предусматривает:" and its items), quoted whole, not a sentence
/// about the signing that names the parties more often than the list does.
/// </summary>
public static class ProvisionList
{
    const string Provides = "provide_for";

    static readonly IReadOnlySet<string> Provision = new HashSet<string>(StringComparer.Ordinal) { Provides };

    /// <summary>The question asks what something provides for, and asks for no date, place, person or number of its own.</summary>
    public static bool Asked(Understanding.Question q) => DomainLexicon.Default.NamesAny(q.Text, Provision);

    /// <summary>The answers whose sentence opens a list with a verb of providing, first; the others after them, as they were.</summary>
    public static List<Candidate> First(List<Candidate> answers)
    {
        var leads = answers.Where(OpensProvisions).ToList();
        if (leads.Count == 0) return answers;
        // An item of the list is quoted with it already: found again as evidence of its own, it would be quoted twice.
        var quoted = leads.SelectMany(a => a.Quoted).ToHashSet(StringComparer.Ordinal);
        return [.. leads, .. answers.Where(a => !leads.Contains(a) && !a.Quoted.All(quoted.Contains))];
    }

    static bool OpensProvisions(Candidate a) =>
        ListContinuation.Introduces(a.Window.Window.Sentence) && a.Quoted.Count > 1 && DomainLexicon.Default.NamesAny(a.Window.Window.Sentence, Provision);
}
