using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.Answering.Lexicon;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Language;

/// <summary>Kazakh typed in Latin letters, in the alphabet of 2021, that of 2018 or informal ASCII, is read as Kazakh and answered in Cyrillic Kazakh.</summary>
public sealed class KazakhLatinQuestionTests(KazakhLatinQuestionTests.Store fixture) : IClassFixture<KazakhLatinQuestionTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("centres.md", Doc("Қазақстандағы болгар қауымдастығы", "2021-05-12", "kk",
                "Қазақстанда болгар диаспорасының алты мәдени орталығы жұмыс істейді. Олардың ең үлкені Алматыда орналасқан."));
            files.Write("wheat.md", Doc("Grain shipments to the Black Sea", "2022-02-03", "en",
                "Kazakhstan shipped 120 thousand tonnes of wheat to Bulgaria in 2021, the ministry said."));
        }
    }

    static readonly DomainLexicon Lexicon = DomainLexicon.Default;

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("Qazaqstanda neshe bolgar madeni ortalygy jumys isteidi?")]
    [InlineData("Qazaqstanda neşe bolgar mädeni ortalyğy jūmys ısteidı?")]
    [InlineData("Qazaqstanda neshe bolgar mádenı ortalyǵy jumys isteıdi?")]
    [InlineData("Қазақстанда неше болгар мәдени орталығы жұмыс істейді?")]
    public void A_count_question_in_any_spelling_gets_the_count_in_Kazakh(string question)
    {
        LanguageChooser.Detect(question).ShouldBe("kk");
        var answer = Ask(question);
        answer.Text.ShouldStartWith("6");
        answer.Text.ShouldContain("Дереккөзде");
    }

    [Theory]
    [InlineData("Qazaqstannan Bolgariyaga bidai eksporty 2021 zhyly qansha boldy?")]
    [InlineData("Qazaqstannan Bolgariiağa 2021 jyly qansha eksport boldy?")]
    [InlineData("Qazaqstannan Bolgarııaǵa 2021 jyly eksport qansha boldy?")]
    public void Latin_spellings_are_detected_as_Kazakh(string question) =>
        LanguageChooser.Detect(question).ShouldBe("kk");

    [Theory]
    [InlineData("How many Bulgarian cultural centres work in Kazakhstan?")]
    [InlineData("Kazakhstan export 2024")]
    [InlineData("What did Tokayev and Radev discuss in Astana?")]
    [InlineData("Skolko bolgarskikh kulturnykh tsentrov v Kazakhstane?")]
    [InlineData("Koi dogovori byaha podpisani prez 2023?")]
    public void English_and_transliterated_Russian_or_Bulgarian_are_not_read_as_Kazakh(string question) =>
        LanguageChooser.Detect(question).ShouldNotBe("kk");

    [Theory]
    [InlineData("Astanada qai qalanyng qurmetine koshe atalady?", "Астанада қай қаланың")]
    [InlineData("Astanada qaı qalanyń qurmetine kóshe atalady?", "Астанада қай қаланың")]
    [InlineData("Astanada qai qalanyñ qūrmetıne köşe atalady?", "Астанада қай қаланың")]
    [InlineData("2024 zhyly shiki munai qansha boldy?", "2024 жылы шикі мұнай қанша болды?")]
    [InlineData("Qazaqstanda neshe ortalygy bar?", "Қазақстанда неше орталығы")]
    public void A_Latin_question_is_read_in_Cyrillic_with_its_endings(string question, string cyrillicStart) =>
        LatinQuestion.InOwnScript(question, Lexicon).ShouldStartWith(cyrillicStart);

    [Fact]
    public void An_English_question_is_left_as_it_is() =>
        LatinQuestion.InOwnScript("How much wheat did Kazakhstan ship to Bulgaria?", Lexicon).ShouldBe("How much wheat did Kazakhstan ship to Bulgaria?");

    [Fact]
    public void The_same_question_in_English_is_answered_in_English()
    {
        var answer = Ask("How many Bulgarian cultural centres work in Kazakhstan?");
        answer.Text.ShouldNotContain("Дереккөзде");
    }
}

/// <summary>A Latin word far longer than any the vocabulary lists is spelt letter by letter, as a short unknown word is.</summary>
public sealed class KazakhLatinLongWordTests
{
    [Fact]
    public void A_word_of_a_hundred_thousand_letters_is_spelt_letter_by_letter()
    {
        var reading = KazakhLatinVocabulary.Of(DomainLexicon.Default).Read(new string('a', 100_000));

        reading.Known.ShouldBeFalse();
        reading.Cyrillic.ShouldBe(new string('а', 100_000));
    }
}
