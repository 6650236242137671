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

    [Theory]
    [InlineData("Kakie soglasheniya byli podpisany v 2023 godu?", "ru")]
    [InlineData("Koi dogovori byaha podpisani prez 2023?", "bg")]
    [InlineData("tovarooborot 2023", "ru")]
    [InlineData("import 2024", "en")]
    [InlineData("Which companies opened offices in Astana in 2023?", "en")]
    [InlineData("What is Kazakhstan's trade on 5 May?", "en")]
    [InlineData("Forum qaşan öttı?", "kk")]
    public void A_question_in_Latin_letters_is_read_in_the_language_it_is_typed_in(string question, string expected) =>
        LanguageChooser.Detect(question).ShouldBe(expected);

    [Theory]
    [InlineData("С кой посланик се срещна кметът в Бургас?", "bg")]
    [InlineData("Кога кметът откри официалното изложение в Русе?", "bg")]
    [InlineData("С кем встретился посол в Бургасе?", "ru")]
    public void Prepositions_both_languages_write_do_not_make_a_Bulgarian_question_Russian(string question, string expected) =>
        LanguageChooser.Detect(question).ShouldBe(expected);

    [Theory]
    [InlineData("Ал 2013 жылы?", "kk")]
    [InlineData("Ал сол кезде ше?", "kk")]
    [InlineData("Ал осы туралы келісім?", "kk")]
    [InlineData("А в 2013 году?", "ru")]
    [InlineData("А през 2013 г.?", "bg")]
    [InlineData("А кто был до него?", "ru")]
    public void A_short_Kazakh_follow_up_with_no_Kazakh_letter_is_answered_in_Kazakh(string question, string expected) =>
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
