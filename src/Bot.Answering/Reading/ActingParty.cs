using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Кога България ратифицира конвенцията … с Казахстан?" asks when Bulgaria did it: each party ratifies or approves an
/// agreement by its own act (answer-types.json "acts_of_one_party"), so a date the source gives for Kazakhstan's act
/// ("ратифицирована Законом Республики Казахстан № 269 от 9 июля 1998 г.") answers nothing about Bulgaria's. The country
/// the question names after a companion word ("с Казахстан", "Қазақстанмен") is the other party, not the one acting.
/// </summary>
public static class ActingParty
{
    static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>The countries a question names as doing what it asks (by id); none when it names no country.</summary>
    public static IReadOnlySet<string> Of(string question)
    {
        var spans = CountryPlace.CountriesIn(question);
        if (spans.Count == 0) return None;
        var starts = new List<int>();
        var words = new List<string>();
        var position = 0;
        while (Tokenizer.Next(question, ref position, out var start, out var length))
        {
            starts.Add(start);
            words.Add(TextNormalizer.Fold(question.Substring(start, length)));
        }
        var acting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            var at = starts.FindIndex(s => s >= span.Start);
            if (at >= 0 && AnswerTypeCues.Default.WithCompanion(words, at)) continue;
            acting.Add(CountryPlace.CountryOf(span.Entity));
        }
        return acting;
    }

    /// <summary>
    /// The date is of an act one party does alone and its clause names only other countries than the one asked as the
    /// actor ("ратифицирована Законом Республики Казахстан …" for "when did Bulgaria ratify it").
    /// </summary>
    /// <param name="events">The events the question asks the date of.</param>
    public static bool OfAnother(Question q, string sentence, AnswerSpan span, IReadOnlySet<string> events)
    {
        if (q.ActingParties.Count == 0 || !events.Overlaps(AnswerTypeCues.Default.ActsOfOneParty)) return false;
        var start = Clauses.StartOf(sentence, span.Start);
        var end = Clauses.EndOf(sentence, Math.Min(sentence.Length, span.End));
        var clause = sentence[start..end];
        var named = CountryPlace.CountriesIn(clause).Where(s => !NamesTheAgreement(clause, s.Start))
            .Select(s => CountryPlace.CountryOf(s.Entity)).ToHashSet(StringComparer.Ordinal);
        return named.Count > 0 && !named.Overlaps(q.ActingParties);
    }

    // How far after "between" (or before Kazakh "арасындағы") a country is still one of the agreement's two sides.
    const int PartiesReach = 90;

    /// <summary>
    /// A country inside the agreement's own name acts in nothing: in a quoted title ("signed the Law «On ratification of the
    /// Agreement between Kazakhstan and Bulgaria …»") or among its parties ("the agreement between Kazakhstan and Bulgaria",
    /// "Қазақстан мен Болгария арасындағы келісім"). Only the country of the act itself ("Law of the Republic of Kazakhstan") does.
    /// </summary>
    static bool NamesTheAgreement(string clause, int at)
    {
        if (InQuotes(clause, at)) return true;
        foreach (System.Text.RegularExpressions.Match between in AgreementVocabulary.Between.Matches(clause))
            if (between.Index + between.Length <= at && at - (between.Index + between.Length) <= PartiesReach) return true;
        foreach (System.Text.RegularExpressions.Match after in AgreementVocabulary.BetweenAfter.Matches(clause))
            if (after.Index > at && after.Index - at <= PartiesReach) return true;
        return false;
    }

    /// <summary>Whether an opening quote before <paramref name="at"/> is not closed before it.</summary>
    static bool InQuotes(string text, int at)
    {
        var depth = 0;
        for (var i = 0; i < at; i++)
            depth = text[i] switch { '«' or '“' or '„' => depth + 1, '»' or '”' when depth > 0 => depth - 1, _ => depth };
        return depth > 0;
    }
}
