using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Tests.Metrics;

/// <summary>
/// The first-letters filter of the cue matcher lets a word skip the lookups only when no cue can start with it: every
/// cue of the data files is still found, whole or as the prefix it is, in each language, and a matcher finds what a
/// word-by-word reading of its cues finds.
/// </summary>
public sealed class CueStartsTests
{
    /// <summary>The number words of calendar.json (English, Russian, Bulgarian, Kazakh) and the scale words of figure-words.json.</summary>
    public static TheoryData<string> NumberAndScaleWords()
    {
        var data = new TheoryData<string>();
        foreach (var word in CalendarWords.NumberWordPattern.Split('|').Concat(FigureWords.Default.AllScales)) data.Add(word);
        return data;
    }

    [Theory]
    [MemberData(nameof(NumberAndScaleWords))]
    public void Every_number_and_scale_word_of_the_data_files_is_found_in_a_sentence(string cue)
    {
        var matcher = new CueMatcher<string>([(cue, cue)]);
        var word = cue.TrimEnd('*');
        // A prefix cue is found in a longer word; a cue of several words ("он бір") as it stands.
        var written = cue.EndsWith('*') ? word + "ами" : word;
        var sentence = $"Reported: {written} units.";
        matcher.Find(sentence).ShouldHaveSingleItem().Value.ShouldBe(cue);
        // Written with a capital, as a sentence starts.
        matcher.IsMatch(char.ToUpperInvariant(written[0]) + written[1..] + " more").ShouldBeTrue();
    }

    [Fact]
    public void Every_first_word_of_a_cue_may_start_one_and_a_word_starting_otherwise_may_not()
    {
        var starts = new CueStarts();
        foreach (var first in new[] { "a", "of", "mln", "товарооборот", "жүз", "hundred" }) starts.Add(first);
        foreach (var word in new[] { "a", "ab", "of", "off", "mln", "mlns", "товарооборот", "товарооборота", "жүз", "жүзден", "hundred", "hundreds" })
            starts.MayStart(word).ShouldBeTrue(word);
        foreach (var word in new[] { "the", "b", "year", "торговля", "банк" })
            starts.MayStart(word).ShouldBeFalse(word);
    }

    [Fact]
    public void A_lone_star_cue_starts_any_word()
    {
        var starts = new CueStarts();
        starts.Add("");
        starts.MayStart("anything").ShouldBeTrue();
    }

    /// <summary>Exact and prefix cues of one, two and more letters and several words, read against a plain reading of the same cues.</summary>
    [Theory]
    [InlineData("The trade turnover of Kazakhstan and Bulgaria reached a record, up 12 percent in a year.")]
    [InlineData("Товарооборот между странами вырос на треть, до 375 млн долларов.")]
    [InlineData("Стокообменът между България и Казахстан нарасна с една трета.")]
    [InlineData("Екі ел арасындағы тауар айналымы үш жүз миллион долларға жетті.")]
    public void A_matcher_finds_what_a_plain_reading_of_its_cues_finds(string sentence)
    {
        string[] cues = ["a", "of", "up*", "trade turnover", "turnover", "товарооборот*", "стокообмен*", "млн", "до", "с една трета", "жүз", "тауар айналым*", "percent", "record*"];
        var hits = new CueMatcher<string>(cues.Select(c => (c, c))).Find(sentence).Select(h => h.Value).ToList();
        hits.ShouldBe(PlainReading(cues, sentence));
    }

    /// <summary>Each word of the sentence against every cue, the longest cue starting at a word winning, as the matcher promises.</summary>
    static List<string> PlainReading(string[] cues, string sentence)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(sentence.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var best = cues
                .Select(c => (Cue: c, Parts: c.Split(' ')))
                .Where(c => i + c.Parts.Length <= words.Count && c.Parts.Select((p, k) => p.EndsWith('*') ? words[i + k].StartsWith(p.TrimEnd('*'), StringComparison.Ordinal) : words[i + k] == p).All(x => x))
                .OrderByDescending(c => c.Parts.Length).ThenByDescending(c => c.Cue.Length).FirstOrDefault();
            if (best.Cue is null) continue;
            found.Add(best.Cue);
            i += best.Parts.Length - 1;
        }
        return found;
    }
}
