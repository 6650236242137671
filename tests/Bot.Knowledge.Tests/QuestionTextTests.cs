using System.Text;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests;

/// <summary>A question as a user can type it becomes text every later step can read: clean, composed, bounded.</summary>
public sealed class QuestionTextTests
{
    [Fact]
    public void Folding_a_word_with_a_noncharacter_or_a_lone_surrogate_does_not_throw()
    {
        TextNormalizer.Fold("Trade\uFFFE").ShouldBe("trade");
        TextNormalizer.Fold("Täler\uD800").ShouldBe("taler");
    }

    [Fact]
    public void Zero_width_characters_are_removed_so_a_word_reads_as_itself()
    {
        TextSanitizer.CleanQuestion("tr\u200Bade tu\u200Crn\u200Dover\u2060 2024\uFEFF").ShouldBe("trade turnover 2024");
    }

    [Fact]
    public void A_question_is_composed_to_NFC()
    {
        var decomposed = "Казахстан и Бъ\u0306лгария e\u0301";
        TextSanitizer.CleanQuestion(decomposed).ShouldBe(decomposed.Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Hostile_characters_in_a_question_are_removed()
    {
        TextSanitizer.CleanQuestion("trade \uFFFE\u202E 20\uD80024\u0000").ShouldBe("trade  2024");
    }

    [Fact]
    public void A_question_longer_than_the_input_cap_is_cut_to_the_cap()
    {
        var huge = new string('a', TextSanitizer.MaxQuestionChars * 3);
        TextSanitizer.CleanQuestion(huge).Length.ShouldBe(TextSanitizer.MaxQuestionChars);
    }

    [Fact]
    public void A_cut_never_leaves_half_of_a_surrogate_pair()
    {
        var text = new string('a', TextSanitizer.MaxQuestionChars - 1) + "🇰🇿";
        var cleaned = TextSanitizer.CleanQuestion(text);
        char.IsHighSurrogate(cleaned[^1]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("What memoranda were signed in Astana on 9 June 2025?")]
    [InlineData("Каков был товарооборот в 2024 году?")]
    [InlineData("Қазақстан мен Болгария 🇰🇿🇧🇬")]
    public void An_ordinary_question_is_returned_unchanged(string text) =>
        TextSanitizer.CleanQuestion(text).ShouldBeSameAs(text);

    [Theory]
    [InlineData("٦")]
    [InlineData("۷th")]
    [InlineData("५.")]
    public void Digits_of_other_scripts_are_no_ordinal_and_do_not_throw(string word) =>
        Bot.Knowledge.Extraction.CalendarWords.Ordinal(word).ShouldBeNull();
}
