using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// A person or a place a sentence ties to a third country is no answer to a question about Kazakhstan and Bulgaria:
/// "…signed by Minister Ivan Peshev and Uzbek Minister of Sport Adkham Ikramov" does not say who signed the Kazakh–Bulgarian
/// memorandum, nor "Days of Kazakh Culture in Romania, held in Bucharest" where the days in Bulgaria closed. The country
/// words are the gazetteer's (places.json "abroad"); a question naming a third country itself is about it and keeps them.
/// </summary>
public static class ThirdCountrySpan
{
    // "Uzbek Minister of Sport Adkham Ikramov", "министъра на младежта и спорта на Узбекистан Адхам Икрамов": the words
    // before a name that give its post and country, up to about eight words back within its clause.
    const int RoleReach = 56;

    /// <summary>
    /// The person's own post, written before the name in its clause and after anyone named before them, names a third
    /// country ("Uzbek Minister", "узбекският министър", "Өзбекстанның спорт министрі"). The name itself is not read: a
    /// given name may begin like a country's ("Данияр" like "Дания", Denmark).
    /// </summary>
    public static bool Person(Question q, string text, AnswerSpan span, IReadOnlyList<AnswerSpan> all)
    {
        if (span.End > text.Length || span.Start < 0 || QuestionNamesAbroad(q.Text)) return false;
        var from = Math.Max(Math.Max(Clauses.StartOf(text, span.Start), span.Start - RoleReach), 0);
        foreach (var other in all)
            if (other.End <= span.Start && other.End > from && other.End <= text.Length) from = other.End;
        return from < span.Start && Gazetteer.NamesAbroad(text.AsSpan(from, span.Start - from));
    }

    // Asked for every span of every window a question reads: the question's own answer is kept for the question last asked
    // on this thread (one string and one flag a thread, so nothing grows).
    [ThreadStatic] static string? _lastQuestion;
    [ThreadStatic] static bool _lastNamesAbroad;

    static bool QuestionNamesAbroad(string question)
    {
        if (!ReferenceEquals(question, _lastQuestion))
        {
            _lastNamesAbroad = Gazetteer.NamesAbroad(question);
            _lastQuestion = question;
        }
        return _lastNamesAbroad;
    }

    /// <summary>
    /// "Which city in Bulgaria": a city the gazetteer places in another country (Bucharest, or Astana) is not in the country
    /// the question places what it asks about.
    /// </summary>
    public static bool Place(Question q, AnswerSpan span)
    {
        if (q.PlacedInCountry.Count == 0 || span.EntityId is not { } id || Gazetteer.PlaceOf(id) is not { Type: "city" } city) return false;
        return !q.PlacedInCountry.Contains(CountryPlace.CountryOf(city));
    }
}
