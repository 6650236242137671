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

    [Fact]
    public void Explicit_choice_beats_telegram_language_which_beats_the_text()
    {
        LanguageChooser.Choose("bg", "ru", "What?").ShouldBe("bg");
        LanguageChooser.Choose(null, "ru-RU", "What?").ShouldBe("ru");
        LanguageChooser.Choose(null, "de", "Что?").ShouldBe("ru");
    }
}
