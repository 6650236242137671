using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Кой казахстански дипломат посрещна влака?", "Which Kazakh diplomat met the train?", "Қай қазақстандық дипломат…": a
/// generic head that stands for a few posts of its own (answer-types.json "post_kinds": a diplomat is an ambassador, a
/// consul, a chargé d'affaires). The text calls the person by the post ("посол Казахстана в Болгарии Данияр Сарсенбаев"),
/// never by the generic word, and a minister named beside him is no diplomat.
/// </summary>
public static class PostKind
{
    /// <summary>The posts the generic head stands for; empty when it is no such head.</summary>
    public static IReadOnlyList<string> Of(QueryUnit? head)
    {
        if (head is null || head.IsEntity) return [];
        var kinds = AnswerTypeCues.Default.PostKinds;
        return DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(head.Label))
            .SelectMany(c => kinds.TryGetValue(c, out var posts) ? posts : []).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The head with the words of the posts it stands for among its keys, so a text's "посол" is a word of it; null when it stands for none.</summary>
    public static QueryUnit? Widened(QueryUnit? head)
    {
        var posts = Of(head);
        if (posts.Count == 0) return null;
        // A post's one-word forms only: "consul general" would make "генеральный директор" a diplomat.
        var keys = posts.SelectMany(DomainLexicon.Default.WordsOf).Where(form => !form.Contains(' ', StringComparison.Ordinal)).SelectMany(TermAnalyzer.Keys);
        return head! with { Keys = keys.Concat(head.Keys).ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>
    /// The text gives the person a post of their own that is none the head stands for ("министр транспорта … Станимир
    /// Костадинов" to "which diplomat"), or one of another country than the question gives the head ("посол Болгарии" to
    /// "which Kazakh diplomat"): the person is not the one asked for. A person the text gives no post is not judged here.
    /// </summary>
    /// <param name="people">Every person the text names (the span among them).</param>
    public static bool OfAnother(Question q, string text, AnswerSpan span, IReadOnlyList<(int Start, int End)> people)
    {
        var kinds = Of(q.Head);
        if (kinds.Count == 0) return false;
        if (PostOfPerson.OwnPost(text, Conditions.PostMentions.Of(text), (span.Start, span.End), people) is not { } own) return false;
        if (!kinds.Any(own.Concepts.Contains)) return true;
        return own.Country is { } held && AskedCountry(q) is { } asked && held != asked;
    }

    /// <summary>
    /// A text around the evidence names the person (by any of <paramref name="surnames"/>' keys) with a post of their own
    /// that is none the generic head stands for: "Костадинов назвал…" after "министр … Станимир Костадинов и посол …".
    /// </summary>
    public static bool GivesAnother(Question q, string text, IReadOnlyList<IReadOnlySet<string>> surnames)
    {
        var kinds = Of(q.Head);
        if (kinds.Count == 0) return false;
        var posts = Conditions.PostMentions.Of(text);
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            var keys = AliasKeys.ForText(text.Substring(start, length));
            if (surnames.Any(k => k.Overlaps(keys)) && PostOfPerson.OwnPost(text, posts, (start, start + length), []) is { } own
                && !kinds.Any(own.Concepts.Contains)) return true;
        }
        return false;
    }

    // "казахстански дипломат", "Kazakh diplomat", "қазақстандық дипломат": the country's word stands right before the head.
    const int QualifierReach = 2;

    /// <summary>The country a word right before the head in the question gives it, if any.</summary>
    static string? AskedCountry(Question q)
    {
        var tokens = Bot.Knowledge.Extraction.Vocabulary.TokenList.Of(q.Text);
        var head = TextNormalizer.Fold(q.Head!.Label);
        var at = -1;
        for (var i = 0; i < tokens.Count && at < 0; i++)
            if (tokens[i].Folded == head) at = i;
        if (at < 0) return null;
        var from = at >= QualifierReach ? tokens[at - QualifierReach].Start : 0;
        var countries = Gazetteer.CountryCues(q.Text).Where(c => c.Index >= from && c.Index < tokens[at].Start).Select(c => c.Country).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }
}
