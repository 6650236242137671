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
}
