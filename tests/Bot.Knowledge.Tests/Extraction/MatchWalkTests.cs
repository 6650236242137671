using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// Reading a sentence's country cues and titles without a list per sentence finds what the list held, in every language;
/// a sentence's words split on the read-ahead thread are the ones an extractor handed its text reads.
/// </summary>
public sealed class MatchWalkTests
{
    public static TheoryData<string> Sentences => new()
    {
        "The Kazakh and Bulgarian ministers met in Sofia; Bulgaria and Kazakhstan signed two memoranda.",
        "Казахстанская делегация прибыла в Болгарию: Казахстан и Болгария подписали соглашение.",
        "Българската делегация посети Казахстан, а България и Казахстан подписаха меморандум.",
        "Қазақстан мен Болгария арасында қазақ-болгар іскерлік форумы өтті, Болгария елшісі сөз сөйледі.",
        "The minister met the ambassador in Astana.",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Walking_the_cues_of_a_sentence_finds_what_the_list_held_and_in_order(string sentence)
    {
        var tokens = TokenList.Of(sentence);
        var listed = Gazetteer.CountryCues(tokens, 0, sentence.Length).ToList();
        var walked = new List<string>();
        foreach (var cue in Gazetteer.CountryCueMatches(tokens, 0, sentence.Length)) walked.Add(cue.Tag);

        walked.ShouldBe(listed);
        // From the middle of the sentence, as a clause is read: the same as the list from there.
        var middle = sentence.Length / 2;
        var fromMiddle = new List<string>();
        foreach (var cue in Gazetteer.CountryCueMatches(tokens, middle, sentence.Length)) fromMiddle.Add(cue.Tag);
        fromMiddle.ShouldBe(Gazetteer.CountryCues(tokens, middle, sentence.Length).ToList());
    }

    [Fact]
    public void The_last_match_is_the_last_of_the_list_and_none_where_the_list_is_empty()
    {
        var matcher = new PhraseMatcher(["joint commission", "# documents", "commission"]);
        var tokens = TokenList.Of("The joint commission adopted 5 documents, and the commission met again.");

        matcher.Last(tokens).ShouldBe(matcher.Matches(tokens)[^1]);
        matcher.Last(tokens, 0, 20).ShouldBe(matcher.Matches(tokens, 0, 20)[^1]);
        matcher.Last(TokenList.Of("Nothing here.")).ShouldBeNull();
    }

    [Fact]
    public void A_sentence_split_on_another_thread_is_not_split_again_for_its_text()
    {
        var sentence = string.Concat("Kazakhstan and Bulgaria ", "signed a memorandum.");
        TokenList? read = null;
        var reader = new Thread(() => read = TokenList.Of(sentence));
        reader.Start();
        reader.Join();
        // Split on another thread, the text is split anew here unless the reading is remembered.
        TokenList.Of(sentence).ShouldNotBeSameAs(read);

        TokenList.Remember(read!);

        TokenList.Of(sentence).ShouldBeSameAs(read);
    }

    [Fact]
    public void A_name_spelled_in_latin_is_as_long_as_its_spelling()
    {
        foreach (var word in new[] { "тоқаев", "щербаков", "жеңіс", "юрий", "ұлытау", "радев", "astana", "" })
            Transliterator.LatinLength(word).ShouldBe(Transliterator.ToLatin(word).Length, word);
        for (var c = '\u0400'; c <= '\u04FF'; c++)
            Transliterator.LatinLength(c.ToString()).ShouldBe(Transliterator.ToLatin(c.ToString()).Length, ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }
}
