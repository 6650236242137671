using Bot.Answering.Understanding;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Agreements;

/// <summary>
/// "Which documents were signed during Tsacheva's visit?", "Радевтің сапары кезінде неше құжатқа қол қойылды?": no record ties
/// an agreement to a visit or to the people at its signing, but the reports it was read from do. The agreements a question
/// scopes by a person are those reported by a text naming that person (each one, when it names several); a record no such
/// text reports is another event's, never listed for this one.
/// </summary>
public sealed class PersonScope(PassageSearch passages)
{
    // A report of the event itself is published within days of the signing; a chronology naming the person among other
    // years' events is not, and the older agreements it also lists are not the event's.
    const int NewsDays = 60;

    public List<Agreement> Narrow(Question q, List<Agreement> matched)
    {
        var people = q.Units.Where(u => u.IsPerson && u.Keys.Count > 0).ToList();
        if (people.Count == 0 || matched.Count == 0) return matched;
        var documents = passages.Within(matched.SelectMany(a => a.Sources.Select(s => s.DocumentId)).Distinct().ToList());
        // A document must name every person: each next one is looked for only in the documents naming all before it, and
        // none is looked for once no document is left.
        IReadOnlySet<long>? naming = null;
        foreach (var person in people)
        {
            naming = documents.With(person.Keys, naming);
            if (naming.Count == 0) break;
        }
        var scoped = matched.Where(a => a.Sources.Any(s => naming!.Contains(s.DocumentId))).ToList();
        var reportedAsNews = scoped.Where(a => a.Sources.Any(s => naming!.Contains(s.DocumentId) && IsNewsOf(a, s))).ToList();
        return reportedAsNews.Count > 0 ? scoped.Where(a => a.Signed is null || reportedAsNews.Contains(a)).ToList() : scoped;
    }

    static bool IsNewsOf(Agreement a, SourceRef source) =>
        a.Signed is { } signed && source.Published is { Length: >= 10 } published && DateOnly.TryParse(published.AsSpan(0, 10), out var day)
        && signed.Start.AddDays(-NewsDays) <= day && day <= signed.End.AddDays(NewsDays);
}
