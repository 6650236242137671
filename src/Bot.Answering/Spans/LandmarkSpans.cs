using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// Landmarks a sentence names, for "where did they walk / meet" when it names no city for the act: a noun of a kind of
/// landmark (bridge, park, square; landmarks.json) with the capitalised words of its name beside it — "the Bridge of
/// Lovers", "в Приморском парке", "Ғашықтар көпірінде", "площадь Независимости". Read at a lower confidence than a place
/// the gazetteer knows, so the city a sentence names still answers first.
/// </summary>
public sealed partial class LandmarkSpans
{
    sealed record LandmarkFile(
        Dictionary<string, List<string>> Heads,
        Dictionary<string, List<string>> Joiners,
        [property: System.Text.Json.Serialization.JsonPropertyName("event_markers")] Dictionary<string, List<string>> EventMarkers,
        [property: System.Text.Json.Serialization.JsonPropertyName("event_heads")] List<string> EventHeads,
        [property: System.Text.Json.Serialization.JsonPropertyName("area_kinds")] List<string>? AreaKinds,
        [property: System.Text.Json.Serialization.JsonPropertyName("area_heads")] Dictionary<string, List<string>>? AreaHeads);

    public const double Confidence = 0.6;

    // How many capitalised words a landmark's name may have on either side of its noun.
    const int NameWords = 3;

    readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    readonly List<string> _prefixes = [];
    readonly HashSet<string> _joiners;
    readonly List<string[]> _eventBefore;
    readonly List<string[]> _eventAfter;
    readonly List<string> _eventHeads;
    readonly HashSet<string> _areaKinds;
    readonly List<string> _areaPrefixes = [];

    // How many words an event named as a place runs to at most ("the 74th session of the UN General Assembly").
    const int EventWords = 8;

    public static LandmarkSpans Default { get; } = new(EmbeddedJson.Load<LandmarkFile>("landmarks.json"));

    LandmarkSpans(LandmarkFile file)
    {
        foreach (var head in file.Heads.Values.SelectMany(v => v).Select(TextNormalizer.Fold))
            if (head.EndsWith('*')) _prefixes.Add(head[..^1]);
            else _exact.Add(head);
        _eventBefore = file.EventMarkers.GetValueOrDefault("before", []).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).ToList();
        _eventAfter = file.EventMarkers.GetValueOrDefault("after", []).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).ToList();
        _eventHeads = file.EventHeads.Select(TextNormalizer.Fold).ToList();
        _areaKinds = (file.AreaKinds ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var head in (file.AreaHeads ?? []).Values.SelectMany(v => v).Select(TextNormalizer.Fold))
            _areaPrefixes.Add(head.TrimEnd('*'));
        _joiners = file.Joiners.Values.SelectMany(v => v).SelectMany(Tokenizer.Words).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    bool IsHead(string folded, bool area = false) => _exact.Contains(folded) || _prefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal))
        || area && _areaPrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The question asks for a kind of area by name ("which economic zone", "қай экономикалық аймақта"): a landmark answers it.</summary>
    public bool AsksArea(Question q) => q.HeadWord is { } head && (DomainLexicon.Default.ConceptsOfWord(head).Any(_areaKinds.Contains)
        || DomainLexicon.Default.ConceptsOfWord(KazakhSuffixes.Strip(head)).Any(_areaKinds.Contains));

    static bool Capitalised(string word) => char.IsUpper(word[0]);

    bool IsEventHead(string folded) => _eventHeads.Any(h => h.EndsWith('*') ? folded.StartsWith(h[..^1], StringComparison.Ordinal) : folded == h);

    /// <summary>
    /// An event a sentence gives as the place of what it tells ("on the sidelines of the 74th session of the UN General
    /// Assembly", "на полях 74-й сессии Генеральной Ассамблеи ООН", "форумы аясында"): the clause after the marker (before
    /// it in Kazakh) when it names a kind of event.
    /// </summary>
    public IEnumerable<AnswerSpan> Events(string text)
    {
        var tokens = SpanTokens.Of(text);
        var folded = tokens.Select(t => TextNormalizer.Fold(t.Value)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_eventBefore.FirstOrDefault(p => WordPhrase.At(folded, i, p)) is { } before && i + before.Length < tokens.Count)
            {
                var first = i + before.Length;
                var limit = first;
                while (limit + 1 < tokens.Count && limit + 1 - first < EventWords && !Clauses.BreakBetween(text, tokens[limit].Index + tokens[limit].Length, tokens[limit + 1].Index)) limit++;
                var head = Enumerable.Range(first, limit - first + 1).FirstOrDefault(k => IsEventHead(folded[k]), -1);
                if (head < 0) continue;
                // The event's name runs on from its kind while its words are names or join them ("session of the UN General Assembly").
                var last = head;
                while (last + 1 <= limit && (Capitalised(tokens[last + 1].Value) || IsEventHead(folded[last + 1]) || _joiners.Contains(folded[last + 1]) && last + 2 <= limit && Capitalised(tokens[last + 2].Value))) last++;
                // "на полях 74-й сессии": the event begins right after the marker, a number with it; "the" is no part of it.
                if (first < head && folded[first].Length > 1 && DomainLexicon.Default.IsStopword(folded[first])) first++;
                var from = tokens[first - 1].Index + tokens[first - 1].Length;
                while (from < tokens[first].Index && char.IsWhiteSpace(text[from])) from++;
                yield return EventSpan(text, from, tokens[last]);
            }
            else if (_eventAfter.Any(p => WordPhrase.At(folded, i, p)) && i > 0)
            {
                var first = i - 1;
                while (first > 0 && i - first < EventWords && !Clauses.BreakBetween(text, tokens[first - 1].Index + tokens[first - 1].Length, tokens[first].Index)) first--;
                if (Enumerable.Range(first, i - first).Any(k => IsEventHead(folded[k]))) yield return EventSpan(text, tokens[first].Index, tokens[i - 1]);
            }
        }
    }

    static AnswerSpan EventSpan(string text, int start, Match last)
    {
        var end = last.Index + last.Length;
        return new AnswerSpan(AnswerType.Place, text[start..end], start, end - start) { Confidence = Confidence };
    }

    public IEnumerable<AnswerSpan> Find(string text, Question q)
    {
        var tokens = SpanTokens.Of(text);
        var asked = AliasKeys.ForText(q.Text);
        var area = AsksArea(q);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsHead(TextNormalizer.Fold(tokens[i].Value), area)) continue;
            var first = i;
            // "Тракия икономическа зона", "«Тракия» экономикалық аймағы": asked for an area, its kind's adjective may stand between name and noun.
            if (area && i > 1 && !Capitalised(tokens[i - 1].Value) && Capitalised(tokens[i - 2].Value) && !SentenceStart(text, tokens[i - 2])
                && Adjacent(text, tokens[i - 2], tokens[i - 1]) && Adjacent(text, tokens[i - 1], tokens[i])
                && !DomainLexicon.Default.IsStopword(TextNormalizer.Fold(tokens[i - 1].Value))) first = i - 1;
            while (first > 0 && i - first < NameWords && Capitalised(tokens[first - 1].Value) && Adjacent(text, tokens[first - 1], tokens[first])
                && !DomainLexicon.Default.IsStopword(TextNormalizer.Fold(tokens[first - 1].Value))) first--;
            // "Қонақтар Ғашықтар көпірінде": the sentence's first word is capitalised for its place alone, unless it is all the name there is.
            if (first == 0 && first < i - 1) first++;
            var last = i;
            // "Bridge of Lovers", "площади Независимости": the name after the noun, joined by "of (the)" in English.
            var next = i + 1;
            while (next < tokens.Count && _joiners.Contains(TextNormalizer.Fold(tokens[next].Value)) && next - i <= 2) next++;
            var after = next;
            while (after < tokens.Count && after - next < NameWords && Capitalised(tokens[after].Value) && Adjacent(text, tokens[after - 1], tokens[after])) after++;
            if (after > next) last = after - 1;
            // "на Мосту влюблённых", "Парк победы": a capitalised noun inside the sentence begins the name, and the word after
            // it (lower case, as Russian and Bulgarian write such names) is the rest of it.
            if (first == i && last == i && i > 0 && Capitalised(tokens[i].Value) && !SentenceStart(text, tokens[i]) && i + 1 < tokens.Count
                && Adjacent(text, tokens[i], tokens[i + 1]) && !Capitalised(tokens[i + 1].Value) && !DomainLexicon.Default.IsStopword(TextNormalizer.Fold(tokens[i + 1].Value)))
                last = i + 1;
            if (first == i && last == i) continue;
            var start = tokens[first].Index;
            var end = CloseQuote(text, start, tokens[last].Index + tokens[last].Length);
            var span = text[start..end];
            // "Where is the Bridge of Lovers?": the landmark the question names is what it asks about, not the answer.
            if (Tokenizer.Words(span).Where(w => Capitalised(w)).All(w => AliasKeys.ForText(w).Overlaps(asked))) continue;
            yield return new AnswerSpan(AnswerType.Place, span, start, end - start) { Confidence = Confidence };
            i = last;
        }
    }

    /// <summary>The word opens its sentence or a clause after a dash or a colon, where any word is capitalised.</summary>
    static bool SentenceStart(string text, Match word)
    {
        var k = word.Index - 1;
        while (k >= 0 && !char.IsLetterOrDigit(text[k]) && !".!?:—–".Contains(text[k], StringComparison.Ordinal)) k--;
        return k < 0 || ".!?:—–".Contains(text[k], StringComparison.Ordinal);
    }

    /// <summary>Two words with only spaces (or the quotes of a name: хотел „Балкан“) between them: a comma or a full stop ends a name.</summary>
    static bool Adjacent(string text, Match a, Match b)
    {
        for (var k = a.Index + a.Length; k < b.Index; k++)
            if (!char.IsWhiteSpace(text[k]) && !Quotes.Contains(text[k])) return false;
        return true;
    }

    const string Quotes = "\"'«»„“”‘’";

    /// <summary>"хотел „Балкан“": a name opened by a quote ends with its closing quote.</summary>
    static int CloseQuote(string text, int start, int end)
    {
        var opened = 0;
        for (var k = start; k < end; k++)
            if (Quotes.Contains(text[k])) opened++;
        return opened % 2 == 1 && end < text.Length && Quotes.Contains(text[end]) ? end + 1 : end;
    }
}
