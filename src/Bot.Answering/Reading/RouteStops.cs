using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Through which ports did the first train pass?", "Қай порттар арқылы өтті?": a route's stops are every place the
/// sentence telling the route names ("через порт Актау, паромом … до Баку, затем … до грузинского порта Поти, откуда … в
/// Варну"), in the order it names them — not the one nearest the question's words. The places the question names itself
/// (where the route starts and ends) and countries are no stops. The route words are data (Reading/routes.json).
/// </summary>
public static class RouteStops
{
    sealed record RouteFile(Dictionary<string, List<string>> Via, Dictionary<string, List<string>> Route);

    static readonly RouteFile File = EmbeddedJson.Load<RouteFile>("routes.json");

    static readonly HashSet<string> Via = Words(File.Via);

    static readonly HashSet<string> RouteWords = [.. Words(File.Via), .. Words(File.Route)];

    static HashSet<string> Words(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>The question asks for places a route passes through.</summary>
    public static bool Asks(Question q) =>
        q.Wants(AnswerType.Place) && Tokenizer.Words(TextNormalizer.Fold(q.Text)).Any(Via.Contains);

    /// <summary>
    /// The sentence tells a route ("через порт Актау", "по маршруту …", "via Baku"): without such a word it gives no stops
    /// ("the first train and the Aktau–Burgas line will add to trade").
    /// </summary>
    /// <param name="found">The places read from the sentence: one stands a few words from the route word ("через порт Актау",
    /// "Ақтау порты арқылы"), not "a working group on through tariffs … will meet in Sofia".</param>
    public static bool Tells(string sentence, IReadOnlyList<AnswerSpan> found)
    {
        var routeAt = new List<int>();
        var starts = new List<int>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
        {
            if (RouteWords.Contains(TextNormalizer.Fold(sentence.Substring(start, length)))) routeAt.Add(starts.Count);
            starts.Add(start);
        }
        if (routeAt.Count == 0) return false;
        return found.Where(s => s.Type == AnswerType.Place && !IsCountry(s)).Any(s => starts.FindIndex(x => x >= s.Start) is var at and >= 0
            && routeAt.Any(r => Math.Abs(at - r) <= StopReach));
    }

    // "через порт Актау", "via the port of Poti", "Ақтау порты арқылы": a stop stands within three words of the route word.
    const int StopReach = 3;

    /// <summary>
    /// The chosen stop with every other stop the sentence names, in the sentence's order, in the chosen one's place.
    /// </summary>
    /// <param name="found">The places read from the sentence the stop was chosen from.</param>
    public static void Complete(List<AnswerSpan> chosen, AnswerSpan stop, IReadOnlyList<AnswerSpan> found)
    {
        var stops = found.Where(s => s.Type == AnswerType.Place && !IsCountry(s)).Append(stop)
            .GroupBy(s => s.EntityId ?? s.Text, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(s => s.Start).ToList();
        if (stops.Count < 2) return;
        var at = chosen.IndexOf(stop);
        chosen.RemoveAt(at);
        chosen.InsertRange(at, stops);
    }

    static bool IsCountry(AnswerSpan span) => span.EntityId is { } id && Gazetteer.PlaceOf(id) is { Type: "country" };
}
