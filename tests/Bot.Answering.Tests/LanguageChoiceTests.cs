using Bot.Answering.Language;

namespace Bot.Answering.Tests;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("What agreements were signed in 2025?", "en")]
    [InlineData("Какие соглашения были подписаны в 2025 году?", "ru")]
    [InlineData("Какви споразумения бяха подписани през 2025 г.?", "bg")]
    [InlineData("Колко е стокообменът?", "bg")]
    [InlineData("Сколько составил товарооборот?", "ru")]
    [InlineData("2025 жылы қандай келісімдерге қол қойылды?", "kk")]
    [InlineData("тауар айналымы 2024 жылы қанша болды?", "kk")]
    public void Question_language_is_detected_from_script_and_words(string question, string expected) =>
        LanguageChooser.Detect(question).ShouldBe(expected);

    [Theory]
    [InlineData("«Silk Road Logistics and Trade Partnership Summit» қай қалада өтті?", "kk")]
    [InlineData("Кто открыл конференцию \"Black Sea Energy and Transit Outlook\" в Варне?", "ru")]
    [InlineData("Кой откри изложбата „Kazakh Steppe Through the Eyes of Bulgarian Painters“?", "bg")]
    [InlineData("Who opened the exhibition «Болгарская вышивка и казахский орнамент»?", "en")]
    public void A_quoted_title_in_another_language_does_not_decide_the_questions_language(string question, string expected) =>
        LanguageChooser.Detect(question).ShouldBe(expected);

    [Fact]
    public void A_question_that_is_only_a_quoted_title_is_read_in_the_titles_language() =>
        LanguageChooser.Detect("«Болгарская вышивка»?").ShouldBe("ru");

    [Fact]
    public void Explicit_choice_beats_telegram_language_which_beats_the_text()
    {
        LanguageChooser.Choose("bg", "ru", "What?").ShouldBe("bg");
        LanguageChooser.Choose(null, "ru-RU", "What?").ShouldBe("ru");
        LanguageChooser.Choose(null, "de", "Что?").ShouldBe("ru");
    }
}
