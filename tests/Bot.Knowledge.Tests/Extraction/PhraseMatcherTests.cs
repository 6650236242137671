using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// A vocabulary skips a sentence none of whose words starts one of its phrases, and still finds its phrases in a
/// sentence that was read before the vocabulary was loaded.
/// </summary>
public sealed class PhraseMatcherTests
{
    [Fact]
    public void A_vocabulary_loaded_after_a_sentence_was_read_still_finds_its_phrase_in_it()
    {
        var sentence = TokenList.Of("Делегации подписали меморандум поздно вечером в пятницу.");
        new PhraseMatcher(["подписали"]).IsMatch(sentence).ShouldBeTrue();

        var later = new PhraseMatcher(["поздно вечером"], "evening");

        later.First(sentence)?.Tag.ShouldBe("evening");
    }

    [Fact]
    public void A_sentence_without_the_first_word_of_any_phrase_has_no_match_and_one_with_it_has()
    {
        var matcher = new PhraseMatcher(["joint commission", "# documents"]);

        matcher.Matches(TokenList.Of("The ministers met in Astana on Tuesday.")).ShouldBeEmpty();
        matcher.Matches(TokenList.Of("The JOINT Commission adopted 5 documents.")).Select(m => m.Number).ShouldBe([null, 5]);
    }

    // A family of phrases with one first word ("в", "on") is tried by its second word: these hold more than enough
    // phrases for that, with second words that are exact, open (a prefix, a number, any word) or missing.
    static readonly (string Phrase, string Tag)[] Weekdays =
    [
        .. new[] { "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье" }.SelectMany((d, i) =>
            new[] { ($"в {d}", $"day:{i}"), ($"в прошлый {d}", $"last:{i}"), ($"в прошлую {d}", $"last:{i}") }),
        .. new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }.SelectMany((d, i) =>
            new[] { ($"on {d}", $"day:{i}"), ($"on {d} morning", $"morning:{i}"), ($"last {d}", $"last:{i}") }),
        ("в", "bare"), ("в минувш*", "past"), ("в # году", "year"), ("в ? веке", "century"),
        ("on #", "on-number"), ("on ? day", "on-any-day"), ("в пятницу", "second-friday"),
    ];

    [Theory]
    [InlineData("Делегации встретились в прошлый вторник в Астане.", "last:1")]
    [InlineData("Соглашение подписали в пятницу.", "day:4")]
    [InlineData("Это было в минувшую среду.", "past")]
    [InlineData("Форум прошёл в 2024 году.", "year")]
    [InlineData("Это случилось в XIX веке.", "century")]
    [InlineData("Они говорили в основном о торговле.", "bare")]
    [InlineData("The talks resumed on Friday morning in Sofia.", "morning:4")]
    [InlineData("The ministers met last Sunday.", "last:6")]
    [InlineData("The deal was signed on 5 June.", "on-number")]
    [InlineData("The forum opened on the day of the summit.", "on-any-day")]
    public void In_a_large_family_of_phrases_the_longest_one_that_fits_the_words_after_the_first_wins(string sentence, string tag) =>
        Matcher.First(TokenList.Of(sentence))?.Tag.ShouldBe(tag);

    [Fact]
    public void Of_two_phrases_alike_the_one_given_first_wins_and_a_family_word_at_the_end_of_a_text_still_matches_alone()
    {
        Matcher.First(TokenList.Of("Подписали в пятницу"))?.Tag.ShouldBe("day:4");
        Matcher.Matches(TokenList.Of("Всё решили в")).Select(m => m.Tag).ShouldBe(["bare"]);
    }

    static readonly PhraseMatcher Matcher = new(Weekdays);
}
