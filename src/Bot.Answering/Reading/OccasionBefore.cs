using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Вчера в Алматы … прошёл казахстанско-болгарский бизнес-форум. … ¶ В форуме участвовали 85 компаний": a sentence that names
/// the asked kind of event again ("the forum", "форумға", "на форума") goes on about the one the text just before it placed,
/// so it is of that place though it names none. Only the last sentence before it that names an event of that kind — in its
/// own paragraph or the one before — says which one: an earlier forum elsewhere is not this one.
/// </summary>
public static class OccasionBefore
{
    /// <summary>The sentence names an asked kind of event and the last one before it naming that kind places it in <paramref name="place"/>.</summary>
    public static bool Places(Question q, QueryUnit place, EvidenceWindow w)
    {
        var kinds = OccasionHeading.Asked(q);
        if (kinds.Count == 0 || !Conditions.EventKind.KindsIn(w.Sentence).Overlaps(kinds)) return false;
        foreach (var text in new[] { w.Preceding, w.PreviousParagraph })
        {
            if (string.IsNullOrEmpty(text) || !Conditions.EventKind.KindsIn(text).Overlaps(kinds)) continue;
            var told = SentenceSplitter.Split(text).LastOrDefault(s => Conditions.EventKind.KindsIn(s).Overlaps(kinds));
            return told is not null && Tokenizer.Words(told).Any(word => AliasKeys.ForText(word).Overlaps(place.Keys));
        }
        return false;
    }
}
