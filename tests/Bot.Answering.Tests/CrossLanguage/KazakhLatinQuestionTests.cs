using Bot.Answering.Language;
using Bot.Answering.Lexicon;

namespace Bot.Answering.Tests.CrossLanguage;

/// <summary>A Kazakh question typed in Latin letters is read in Cyrillic, and answered in Kazakh; an English question naming Qatar is not.</summary>
public sealed class KazakhLatinQuestionTests
{
    static readonly DomainLexicon Lexicon = DomainLexicon.Default;

    [Fact]
    public void A_question_in_the_2018_alphabet_is_spelt_back_in_Cyrillic()
    {
        var read = KazakhLatinQuestion.InCyrillic("Astanada qaı qalanyń qurmetine kóshe atalady?", Lexicon);
        read.ShouldBe("Астанада қай қаланың құрметіне көше аталады?");
    }

    [Fact]
    public void Plain_letters_are_read_as_the_Kazakh_words_the_lexicon_lists()
    {
        var read = KazakhLatinQuestion.InCyrillic("Qazaqstanda neshe bolgar madeni ortalygy bar?", Lexicon);
        read.ShouldContain("мәдени");
        read.ShouldContain("орталығы");
        read.ShouldContain("неше");
        read.ShouldStartWith("Қазақстанда");
        KazakhLatinQuestion.InCyrillic("Bolgariyada neshe qazaq bar?", Lexicon).ShouldStartWith("Болгарияда неше қазақ");
    }

    [Theory]
    [InlineData("Qazaqstanda neshe bolgar madeni ortalygy bar?", "kk")]
    [InlineData("Astanada qaı qalanyń qurmetine kóshe atalady?", "kk")]
    [InlineData("How many Bulgarians live in Qatar?", "en")]
    [InlineData("Skolko bolgar zhivut v Kazakhstane?", "ru")]
    public void The_language_of_a_question_in_Latin_letters(string question, string lang) =>
        LanguageChooser.Detect(question).ShouldBe(lang);

    [Fact]
    public void An_English_question_naming_a_place_with_q_stays_English() =>
        KazakhLatinQuestion.Is("How many Bulgarians live in Qatar and Iraq?", Lexicon).ShouldBeFalse();
}
