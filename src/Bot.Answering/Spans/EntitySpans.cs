using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// People, places and institutions the store knows (curated or learned from documents) that a sentence names, in any
/// spelling or script, each where it first stands and under its usual name.
/// </summary>
public static class EntitySpans
{
    static readonly Dictionary<string, AnswerType> Types = new(StringComparer.Ordinal)
    {
        ["person"] = AnswerType.Person,
        ["city"] = AnswerType.Place, ["country"] = AnswerType.Place, ["region"] = AnswerType.Place, ["place"] = AnswerType.Place,
        ["institution"] = AnswerType.Organisation, ["organization"] = AnswerType.Organisation, ["organisation"] = AnswerType.Organisation,
        ["company"] = AnswerType.Organisation,
    };

    public static AnswerType? TypeOf(string entityType) => Types.TryGetValue(entityType, out var t) ? t : null;

    public static IEnumerable<AnswerSpan> Find(string text, EntityIndex entities, AnswerType wanted)
    {
        var found = Matched(text, entities, wanted).ToList();
        // "с председателем … Татьяной Петровой": the surname alone is also another learned person's ("Никола Петров"), but
        // the words around it name her; a person whose name the text writes only inside another's longer one is not named.
        if (wanted == AnswerType.Person && found.Count > 1)
            found.RemoveAll(s => found.Any(o => o.Length > s.Length && o.Start <= s.Start && s.End <= o.End));
        return found;
    }

    static IEnumerable<AnswerSpan> Matched(string text, EntityIndex entities, AnswerType wanted)
    {
        // Each word's keys are read only once a name of the kind wanted is found: most sentences name none.
        List<(int Start, int Length, HashSet<string> Keys)>? tokens = null;
        foreach (var match in entities.FindIn(AliasKeys.ForText(text)))
        {
            if (TypeOf(match.Entity.Type) != wanted) continue;
            tokens ??= Tokens(text);
            var covered = tokens.Where(t => t.Keys.Overlaps(match.Keys)).ToList();
            if (covered.Count == 0) continue;
            // "ҚАЗ · РУС · ENG": a language switch's short capitals name no place ("РУС" is not Ruse, "Русе") unless the
            // place's name is written so ("США").
            if (wanted == AnswerType.Place && covered.TrueForAll(t => IsShortCapitals(text, t.Start, t.Length))
                && !covered.Exists(t => IsWrittenName(match.Entity, text.Substring(t.Start, t.Length)))) continue;
            var first = covered[0];
            var last = covered.LastOrDefault(t => t.Start - first.Start < 60);
            yield return new AnswerSpan(wanted, match.Entity.Name, first.Start, last.Start + last.Length - first.Start)
            {
                EntityId = match.Entity.Id, Role = match.Entity.Role, Aliases = match.Entity.Aliases,
            };
        }
    }

    // Capitals this short are an abbreviation or a label, not a name written out.
    const int ShortCapitals = 4;

    static bool IsShortCapitals(string text, int start, int length)
    {
        if (length > ShortCapitals) return false;
        for (var i = start; i < start + length; i++)
            if (char.IsLetter(text[i]) && !char.IsUpper(text[i])) return false;
        return true;
    }

    static bool IsWrittenName(Knowledge.Model.Entity entity, string word)
    {
        var folded = TextNormalizer.Fold(word);
        return TextNormalizer.Fold(entity.Name) == folded || entity.Aliases.Any(a => TextNormalizer.Fold(a) == folded);
    }

    static List<(int Start, int Length, HashSet<string> Keys)> Tokens(string text)
    {
        var tokens = new List<(int Start, int Length, HashSet<string> Keys)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            tokens.Add((start, length, AliasKeys.ForText(text.Substring(start, length))));
        return tokens;
    }
}
