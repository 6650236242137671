using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Events;

namespace Bot.Answering.Conditions;

/// <summary>
/// "Where was the eighth session held?" asks of a session that took place: a sentence that only plans one ("Осмо
/// заседание – София, 2026 г. (предстои)", "сегізінші отырысын Софияда өткізу жоспарланып отыр", "which is to take place
/// in Astana") tells where it is to be, not where it was, and answers no question of a held one. The question asks so
/// with a word of a held event (events.json "held") and none of a planned one, of a kind of event (a session,
/// consultations, a forum); a sentence telling of a held event as well as a planned one says nothing against it.
/// </summary>
public sealed class HeldEvent : EvidenceCondition
{
    public static HeldEvent Default { get; } = new(EmbeddedJson.Load<HeldFile>("held-events.json"));

    static readonly System.Text.RegularExpressions.Regex NoPlan = new("(?!)");

    readonly System.Text.RegularExpressions.Regex _plannedInQuestion;
    readonly System.Text.RegularExpressions.Regex _heldInQuestion;

    HeldEvent(HeldFile file)
    {
        _plannedInQuestion = file.PlannedInQuestion is { Count: > 0 } words ? PhraseRegex.Of(words) : NoPlan;
        _heldInQuestion = file.HeldInQuestion is { Count: > 0 } held ? PhraseRegex.Of(held) : NoPlan;
    }

    sealed record HeldFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("planned_in_question")] Dictionary<string, List<string>>? PlannedInQuestion,
        [property: System.Text.Json.Serialization.JsonPropertyName("held_in_question")] Dictionary<string, List<string>>? HeldInQuestion);

    public override string Name => "held";

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!AsksHeld(q)) return Verdict.Met;
        return OnlyPlans(w.Window.Sentence) ? Verdict.Contradicted : Verdict.Met;
    }

    /// <summary>A neighbour sentence an answer is read from does not only plan the event a question asks of as held.</summary>
    public static bool Agrees(Question q, string sentence) => !Default.AsksHeld(q) || !OnlyPlans(sentence);

    /// <summary>The sentence plans an event and tells of none held.</summary>
    internal static bool OnlyPlans(string sentence) => EventWords.Planned.IsMatch(sentence) && !EventWords.Held.IsMatch(sentence);

    /// <summary>The question asks of an event as planned or expected ("was to", "должно было", "трябваше", "тиіс").</summary>
    internal bool AsksPlan(string question) => EventWords.Planned.IsMatch(question) || _plannedInQuestion.IsMatch(question);

    bool AsksHeld(Question q) =>
        (EventWords.Held.IsMatch(q.Text) || _heldInQuestion.IsMatch(q.Text)) && !EventWords.Planned.IsMatch(q.Text) && !_plannedInQuestion.IsMatch(q.Text) && EventKind.KindsIn(q.Text).Count > 0;
}
