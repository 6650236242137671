using System.Runtime.CompilerServices;
using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// "Who co-chairs the intergovernmental commission?" is not answered by "Minister Petar Dimitrov co-chaired the ninth
/// session of the Bulgaria–Uzbekistan intergovernmental commission", nor "When was the ninth session held?" by "комисия
/// България – Узбекистан: девето заседание – София": a third country named beside the commission, session or
/// consultations (held-events.json "bilateral_bodies", within "partner_reach" words) makes them that country's, and the
/// question, naming no third country, asks of Kazakhstan's and Bulgaria's.
/// </summary>
public sealed class PartnerCountry : EvidenceCondition
{
    public static PartnerCountry Default { get; } = new(EmbeddedJson.Load<PartnerFile>("held-events.json"));

    readonly HashSet<string> _bodies;
    readonly int _reach;

    PartnerCountry(PartnerFile file)
    {
        _bodies = (file.Bodies ?? []).ToHashSet(StringComparer.Ordinal);
        _reach = file.Reach;
    }

    sealed record PartnerFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("bilateral_bodies")] List<string>? Bodies,
        [property: System.Text.Json.Serialization.JsonPropertyName("partner_reach")] int Reach);

    public override string Name => "country";

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities) =>
        Asks(q) && OfAThirdCountry(w.Window.Sentence) ? Verdict.Contradicted : Verdict.Met;

    /// <summary>A neighbour sentence an answer is read from tells of no third country's commission or talks.</summary>
    public static bool Agrees(Question q, string sentence) => !Default.Asks(q) || !Default.OfAThirdCountry(sentence);

    // Whether the question asks of a bilateral body or document is read once, not again for every window and neighbour judged.
    bool Asks(Question q) => _asks.GetValue(q, question => new StrongBox<bool>(BodyAt(question.Text).Count > 0 && !Gazetteer.NamesAbroad(question.Text))).Value;

    readonly ConditionalWeakTable<Question, StrongBox<bool>> _asks = new();

    bool OfAThirdCountry(string sentence)
    {
        if (!Gazetteer.NamesAbroad(sentence)) return false;
        var bodies = BodyAt(sentence);
        if (bodies.Count == 0) return false;
        var starts = WordStarts(sentence);
        foreach (var at in Gazetteer.AbroadAt(sentence))
        {
            var word = starts.FindLastIndex(s => s <= at);
            if (bodies.Any(b => Math.Abs(b - word) <= _reach)) return true;
        }
        return false;
    }

    /// <summary>The indexes of the words that name a bilateral body or round of talks.</summary>
    List<int> BodyAt(string text)
    {
        var found = new List<int>();
        var i = 0;
        foreach (var word in Tokenizer.Words(TextNormalizer.Fold(text)))
        {
            if (DomainLexicon.Default.ConceptsOfWord(word).Any(_bodies.Contains)) found.Add(i);
            i++;
        }
        return found;
    }

    static List<int> WordStarts(string text)
    {
        var starts = new List<int>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out _)) starts.Add(start);
        return starts;
    }
}
