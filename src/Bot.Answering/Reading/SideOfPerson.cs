using Bot.Answering.Conditions;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who signed the memorandum between Uralsk and Blagoevgrad for Uralsk?": of the people a sentence names, the one whose
/// post names Uralsk ("кметът на Уралск Нариман Турегалиев") acted for it; the one whose post names the other place
/// ("кметът на Благоевград Атанас Камбитов") did not. A country is a side too, named by its name or by a word of it
/// ("for Kazakhstan", "с казахстанской стороны", "қазақстандық тараптан"): of the signatories a text lists ("For the
/// Republic of Bulgaria: Nadezhda Bukhova", "от българска страна — заместник-министър …"), the one under the other
/// country's heading acted for the other side, though the question never names that country.
/// </summary>
public static class SideOfPerson
{
    /// <summary>The places and countries a question asks a side for; none for most questions.</summary>
    public sealed record Asked(IReadOnlyList<QueryUnit> Places, IReadOnlySet<string> Countries)
    {
        public bool IsEmpty => Places.Count == 0 && Countries.Count == 0;
    }

    public static Asked None { get; } = new([], new HashSet<string>());

    // "от страна на Уралск", "Орал тарапынан": the side word stands within two words of the place.
    const int SideReach = 2;

    // "кметът на Уралск Нариман Турегалиев": the post that names a place stands within a few words before the name.
    const int PostReach = 5;

    // "Со стороны Болгарии документ подписал заместитель министра энергетики Петър Минчев": a country's heading may
    // stand further from the name than a city in a post; the nearest one before the name is its side.
    const int CountryReach = 8;

    const double OtherSide = 0.3;


    /// <summary>
    /// "Кой подписа … от страна на Шимкент и от страна на Пловдив", "for Aktau and for Burgas": the question asks a side for
    /// two places or countries (or says "side" twice, of a place the store may not know), so each side's person answers.
    /// </summary>
    public static bool AsksEverySide(Question q) =>
        AskedSides(q) is var asked && asked.Places.Count + asked.Countries.Count > 1
        || TokenList.Of(q.Text) is var tokens && Enumerable.Range(0, tokens.Count).Count(i => AnswerTypeCues.Default.SideWords.Contains(tokens[i].Folded)) > 1;

    /// <summary>The question's places and countries it asks a side for ("for Uralsk", "с казахстанской стороны").</summary>
    public static Asked AskedSides(Question q)
    {
        // "And the other side?": the follow-up's side is the country the last question did not ask.
        if (q.OtherSide is { } other) return new Asked([], other);
        var tokens = TokenList.Of(q.Text);
        var sides = new List<QueryUnit>();
        HashSet<string>? countries = null;
        List<(int At, string Country)>? cues = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!AnswerTypeCues.Default.SideWords.Contains(tokens[i].Folded)) continue;
            // "от страна на Уралск", "on behalf of Uralsk": the place after the side word; "Орал тарапынан": the one before it.
            var after = Enumerable.Range(i + 1, Math.Max(0, Math.Min(tokens.Count - 1, i + SideReach) - i)).Select(j => PlaceAt(q, tokens.Text.Substring(tokens[j].Start, tokens[j].Length))).FirstOrDefault(p => p is not null);
            var place = after ?? Enumerable.Range(Math.Max(0, i - SideReach), i - Math.Max(0, i - SideReach)).Reverse().Select(j => PlaceAt(q, tokens.Text.Substring(tokens[j].Start, tokens[j].Length))).FirstOrDefault(p => p is not null);
            if (place is not null) { if (!sides.Contains(place)) sides.Add(place); continue; }
            // "for Kazakhstan", "с казахстанской стороны", "от българска страна", "қазақстандық тараптан".
            cues ??= CountryCuesAt(tokens);
            var side = i;
            foreach (var cue in cues.Where(c => Math.Abs(c.At - side) <= SideReach).OrderBy(c => Math.Abs(c.At - side)).Take(1))
                (countries ??= new HashSet<string>(StringComparer.Ordinal)).Add(cue.Country);
        }
        return sides.Count == 0 && countries is null ? None : new Asked(sides, countries ?? None.Countries);
    }

    /// <summary>
    /// The countries a text names as a side ("От казахстанска страна споразумението е одобрено …", "со стороны Болгарии"):
    /// a country word within two words of a side word. Empty when it names none.
    /// </summary>
    public static IReadOnlySet<string> SidesNamed(string text)
    {
        var tokens = TokenList.Of(text);
        var found = new HashSet<string>(StringComparer.Ordinal);
        List<(int At, string Country)>? cues = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!AnswerTypeCues.Default.SideWords.Contains(tokens[i].Folded)) continue;
            cues ??= CountryCuesAt(tokens);
            var side = i;
            foreach (var cue in cues.Where(c => Math.Abs(c.At - side) <= SideReach).OrderBy(c => Math.Abs(c.At - side)).Take(1)) found.Add(cue.Country);
        }
        return found;
    }

    static QueryUnit? PlaceAt(Question q, string word)
    {
        var keys = AliasKeys.ForText(word);
        return q.Units.FirstOrDefault(u => u.IsEntity && !u.IsPerson && u.Keys.Overlaps(keys));
    }

    /// <summary>1 for a person whose post names an asked place or no place of the question; less for one whose post names another.</summary>
    public static double Factor(Question q, Asked sides, string sentence, AnswerSpan span)
    {
        if (sides.Places.Count > 0)
        {
            var before = new List<HashSet<string>>();
            var position = 0;
            while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < span.Start)
                before.Add(AliasKeys.ForText(sentence.Substring(start, length)));
            var places = q.Units.Where(u => u.IsEntity && !u.IsPerson).ToList();
            // The place nearest before the name, within its post, is the one it acts for.
            for (var i = before.Count - 1; i >= 0 && i >= before.Count - PostReach; i--)
                if (places.FirstOrDefault(u => u.Keys.Overlaps(before[i])) is { } named) return sides.Places.Contains(named) ? 1 : OtherSide;
        }
        return 1;
    }

    /// <summary>
    /// The nearest country heading before the name is the other country's ("For the Republic of Bulgaria: Nadezhda
    /// Bukhova" for a question about the Kazakh side): the person acted for the other side and is no answer, however well
    /// the rest of the sentence matches. A country the person is sent to ("посол Казахстана в Болгарии X") is no heading.
    /// Where the sentence names its signatories one after the other, each with the country of their own post ("signed by the
    /// chairman of the Civil Aviation Committee of Kazakhstan Talgat Lastayev and by Nadezhda Bukhova of the Bulgarian
    /// ministry of transport"), a person's side is the country their own part of the list names: one written after the name
    /// before the next one, else the heading before it.
    /// </summary>
    public static bool OfOtherCountry(Asked sides, string sentence, AnswerSpan span, IReadOnlyList<AnswerSpan> people)
    {
        if (sides.Countries.Count == 0) return false;
        var tokens = TokenList.Of(sentence);
        var at = 0;
        while (at < tokens.Count && tokens[at].Start < span.Start) at++;
        var end = at;
        while (end < tokens.Count && tokens[end].Start < span.End) end++;
        var kazakh = LanguageGuess.Of(sentence) == "kk";
        var cues = CountryCuesAt(tokens).Where(c => !Hosts(tokens, c.At, kazakh)).ToList();
        var others = people.Where(p => p.End <= span.Start || p.Start >= span.End).Select(p => TokenAt(tokens, p.Start)).ToList();
        var side = OwnAfter(tokens, cues, others, end) ?? HeadingBefore(cues, at) ?? SideHeadingBefore(tokens, cues, others, at)
            ?? (cues.Count == 0 ? HomeSide(sentence, span, people) : null);
        return side is not null && !sides.Countries.Contains(side);
    }

    /// <summary>
    /// "Заместник-министърът на транспорта … Валери Борисов изнесе слово": a government post named without any country in
    /// a Bulgarian text is Bulgaria's (answer-types.json "home_posts"); in a language written in more than one country, none.
    /// </summary>
    static string? HomeSide(string sentence, AnswerSpan span, IReadOnlyList<AnswerSpan> people)
    {
        if (!AnswerTypeCues.Default.HomeCountries.TryGetValue(LanguageGuess.Of(sentence), out var home)) return null;
        var posts = PostMentions.Of(sentence);
        var own = PostOfPerson.OwnPost(sentence, posts, (span.Start, span.End), people.Select(p => (p.Start, p.End)).ToList());
        return own is { Country: null } && own.Concepts.Overlaps(AnswerTypeCues.Default.HomePosts) ? home : null;
    }

    // "Nadezhda Bukhova of the Bulgarian ministry of transport": a country a few words after the name is of the name's own post.
    const int OwnReach = 4;

    /// <summary>
    /// The country a few words after the name, before any other person, joining word or end of a clause: the name's own
    /// ("… Бухова от българското министерство"). One that stands right before another person, or beside a side word, is
    /// the next person's heading ("Minister X with Bulgarian counterpart Y", "X, с казахстанской стороны — Y").
    /// </summary>
    static string? OwnAfter(TokenList tokens, List<(int At, string Country)> cues, List<int> others, int end)
    {
        foreach (var (cueAt, country) in cues.Where(c => c.At >= end && c.At - end < OwnReach))
        {
            // "Петър Минчев, с казахстанской стороны — Асхат Нуров": a country beside a side word heads the next name.
            if (Enumerable.Range(Math.Max(0, cueAt - SideReach), 2 * SideReach + 1).Any(i => i < tokens.Count && i != cueAt
                && AnswerTypeCues.Default.SideWords.Contains(tokens[i].Folded))) return null;
            if (others.Any(o => o >= end && o <= cueAt) || Parted(tokens, end - 1, cueAt)) return null;
            // "Ерлан Кожагапанов, с болгарской — Ирена Георгиева": the side word left out, the dash after the country heads the next name.
            if (DashAfter(tokens, cueAt)) return null;
            if (others.Any(o => o > cueAt && o - cueAt <= OwnReach && !Parted(tokens, cueAt, o))) return null;
            return country;
        }
        return null;
    }

    /// <summary>
    /// "С казахстанской стороны документ подписал вице-министр культуры и спорта Ерлан Кожагапанов": a country beside a side
    /// word heads the name however long the post between them, as long as no other person stands between.
    /// </summary>
    static string? SideHeadingBefore(TokenList tokens, List<(int At, string Country)> cues, List<int> others, int at) =>
        cues.Where(c => c.At < at && !others.Any(o => o > c.At && o < at) && Enumerable.Range(Math.Max(0, c.At - SideReach), 2 * SideReach + 1)
            .Any(i => i < tokens.Count && i != c.At && AnswerTypeCues.Default.SideWords.Contains(tokens[i].Folded))).Select(c => c.Country).LastOrDefault();

    static bool DashAfter(TokenList tokens, int at)
    {
        var gap = tokens.Text.AsSpan(tokens[at].End, (at + 1 < tokens.Count ? tokens[at + 1].Start : tokens.Text.Length) - tokens[at].End).Trim();
        return gap.Length > 0 && gap[0] is '—' or '–' or '-';
    }

    /// <summary>The nearest country heading before the name ("For the Republic of Bulgaria: Nadezhda Bukhova").</summary>
    static string? HeadingBefore(List<(int At, string Country)> cues, int at) =>
        cues.Where(c => c.At < at && at - c.At <= CountryReach).Select(c => c.Country).LastOrDefault();

    /// <summary>A joining word ("and", "и", "және") or a clause's end stands between two tokens.</summary>
    static bool Parted(TokenList tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
        {
            // "Kazakhstan's" is no joining "s": a word right after an apostrophe is an ending.
            if (i > from && AnswerTypeCues.Default.WhichJoiners.Contains(tokens[i].Folded)
                && tokens.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOfAny("'’") < 0) return true;
            if (i + 1 < tokens.Count && tokens.Text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IndexOfAny(";:.") >= 0) return true;
        }
        return false;
    }

    static int TokenAt(TokenList tokens, int start)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].End <= start) i++;
        return i;
    }

    static List<(int At, string Country)> CountryCuesAt(TokenList tokens)
    {
        var found = new List<(int, string)>();
        var at = 0;
        foreach (var (index, _, country) in Gazetteer.CountryCues(tokens.Text))
        {
            while (at < tokens.Count && tokens[at].End <= index) at++;
            if (at < tokens.Count) found.Add((at, country));
        }
        return found;
    }

    // "to Bulgaria", "to the Republic of Kazakhstan", "в Болгарии", "Болгариядағы": where the person is sent or stays, not
    // whose side they are on. The destination word may stand a few words before the country (the evidence conditions' reach).
    static bool Hosts(TokenList tokens, int at, bool kazakh) =>
        Enumerable.Range(Math.Max(0, at - 1 - ConditionWords.Default.PlaceReach), Math.Min(at, 1 + ConditionWords.Default.PlaceReach))
            .Any(i => ConditionWords.Default.DestinationWords.Contains(tokens[i].Folded))
        || kazakh && ConditionWords.Default.DestinationEndings.Any(e => tokens[at].Folded.Length > e.Length + 2 && tokens[at].Folded.EndsWith(e, StringComparison.Ordinal));
}
