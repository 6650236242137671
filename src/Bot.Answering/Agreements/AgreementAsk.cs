using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// What a question about one agreement asks of the text that may answer it: the fields it names the agreement by ("air
/// services") and the words of its topic (<see cref="AgreementTopic"/>). Worked out once, when the question is analysed:
/// a question no stored sentence answers reads every evidence window against it.
/// </summary>
/// <param name="Lists">"Which documents were signed…", "How many documents were signed…": a listing or its count, of whatever
/// agreement — the words of its occasion ("по итогам переговоров", "during the visit") say when, not which document.</param>
/// <param name="Language">The language the question's own words are in: what its loose words can be matched against.</param>
public sealed record AgreementAsk(bool Lists, IReadOnlyList<(string Domain, Regex Pattern)> Fields, IReadOnlyList<QueryUnit> Topic, string Language)
{
    public static AgreementAsk Of(Question q)
    {
        var lists = Listing(q);
        var fields = lists ? [] : AgreementVocabulary.Domains.Where(d => d.Pattern.IsMatch(q.Text)).ToList();
        var topic = lists ? [] : AgreementTopic.Of(q, q.Units.Take(q.OwnUnits > 0 ? q.OwnUnits : q.Units.Count)
            .Where(u => !u.IsEntity && !u.Label.All(char.IsDigit) && !AgreementVocabulary.NamesDocuments(u.Label)).ToList());
        return new AgreementAsk(lists, fields, topic, LanguageGuess.Of(q.Text));
    }

    /// <summary>
    /// "Which documents were signed…", or "How many documents were signed…": the count of a listing is a listing too ("Сколько
    /// документов было подписано по итогам переговоров" counts every document of that signing, whatever each is about).
    /// </summary>
    public static bool Listing(Question q) =>
        BeyondTheCard.AsksForAgreements(q.Text) || q.Wants(AnswerType.Count) && q.Counted.Count > 0 && QuestionConditions.Default.CountsDocuments(q);

    /// <summary>
    /// A topic of words the lexicon does not know ("protocol of intent") has no keys in other languages: it tells apart
    /// only text written in the question's language ("Протокол за намерения" may well be the protocol of intent asked for).
    /// </summary>
    public bool CanTell(Func<string> textLanguage) => !TopicIsLoose || textLanguage() == Language;

    bool TopicIsLoose => Topic.Count > 0 && Topic.All(u => u.IsLooseWord);

    /// <summary>The language of an agreement's title, read once per record.</summary>
    public static string TitleLanguage(Agreement a) => TitleLanguages.GetValue(a, x => new StrongBox<string>(LanguageGuess.Of(x.Title))).Value!;

    static readonly ConditionalWeakTable<Agreement, StrongBox<string>> TitleLanguages = new();
}
