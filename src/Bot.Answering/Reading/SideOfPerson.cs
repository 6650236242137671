using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who signed the memorandum between Uralsk and Blagoevgrad for Uralsk?": of the people a sentence names, the one whose
/// post names Uralsk ("кметът на Уралск Нариман Турегалиев") acted for it; the one whose post names the other place
/// ("кметът на Благоевград Атанас Камбитов") did not.
/// </summary>
public static class SideOfPerson
{
    // "от страна на Уралск", "Орал тарапынан": the side word stands within two words of the place.
    const int SideReach = 2;

    // "кметът на Уралск Нариман Турегалиев": the post that names a place stands within a few words before the name.
    const int PostReach = 5;

    const double OtherSide = 0.3;

    /// <summary>The question's units that are places it asks a side for ("for Uralsk"); empty for most questions.</summary>
    public static IReadOnlyList<QueryUnit> AskedSides(Question q)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(q.Text)).ToList();
        var sides = new List<QueryUnit>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!AnswerTypeCues.Default.SideWords.Contains(words[i])) continue;
            // "от страна на Уралск", "on behalf of Uralsk": the place after the side word; "Орал тарапынан": the one before it.
            var after = Enumerable.Range(i + 1, Math.Max(0, Math.Min(words.Count - 1, i + SideReach) - i)).Select(j => PlaceAt(q, words[j])).FirstOrDefault(p => p is not null);
            var place = after ?? Enumerable.Range(Math.Max(0, i - SideReach), i - Math.Max(0, i - SideReach)).Reverse().Select(j => PlaceAt(q, words[j])).FirstOrDefault(p => p is not null);
            if (place is not null && !sides.Contains(place)) sides.Add(place);
        }
        return sides;
    }

    static QueryUnit? PlaceAt(Question q, string word)
    {
        var keys = AliasKeys.ForText(word);
        return q.Units.FirstOrDefault(u => u.IsEntity && !u.IsPerson && u.Keys.Overlaps(keys));
    }

    /// <summary>1 for a person whose post names an asked side or no place of the question; less for one whose post names another.</summary>
    public static double Factor(Question q, IReadOnlyList<QueryUnit> sides, string sentence, AnswerSpan span)
    {
        if (sides.Count == 0) return 1;
        var before = new List<HashSet<string>>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < span.Start)
            before.Add(AliasKeys.ForText(sentence.Substring(start, length)));
        var places = q.Units.Where(u => u.IsEntity && !u.IsPerson).ToList();
        // The place nearest before the name, within its post, is the one it acts for.
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - PostReach; i--)
            if (places.FirstOrDefault(u => u.Keys.Overlaps(before[i])) is { } named) return sides.Contains(named) ? 1 : OtherSide;
        return 1;
    }
}
