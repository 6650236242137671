using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Only answers about the same thing compete: a reception that names another host, a date of another event, a date of
/// another step of an agreement's life is not a second opinion beside the answer, and never the answer itself.
/// </summary>
public sealed class AnswerFocusTests(FocusNewsFixture fixture) : IClassFixture<FocusNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Which Bulgarian vice-president did Tokayev receive?", "en")]
    [InlineData("Тоқаев Болгарияның қай вице-президентін қабылдады?", "kk")]
    public void A_reception_by_someone_else_is_no_rival_to_the_one_the_question_names(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldMatch("Йотов|Yotov");
        answer.Text.ShouldNotContain("Vassilenko");
    }

    [Theory]
    [InlineData("Радевпен қай премьер-министр кездесті?", "kk")]
    [InlineData("Which prime minister did Radev meet?", "en")]
    public void A_name_with_a_Kazakh_case_ending_holds_the_answer_to_its_own_meeting(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Text.Split('\n')[0].ShouldContain(lang == "kk" ? "Бектенов" : "Bektenov");
        answer.Text.ShouldNotContain("Massimov");
        answer.Text.ShouldNotContain("Масимов");
    }

    [Theory]
    [InlineData("When did the customs post in Burgas start working?", "en")]
    [InlineData("Когда начал работу таможенный пост в Бургасе?", "ru")]
    public void The_date_work_began_is_not_set_beside_the_date_of_a_recognition(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain("2007");
        answer.Text.ShouldNotContain("2006");
    }

    [Theory]
    [InlineData("When did the agreement on cultural exchange enter into force?", "en", "The sources give only the dates of other steps")]
    [InlineData("Когда вступило в силу соглашение о культурном обмене?", "ru", "В источниках есть только даты других этапов")]
    public void A_signing_or_ratification_date_does_not_answer_when_an_agreement_entered_into_force(string question, string lang, string header)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldContain(header);
        answer.Text.ShouldContain("10 June 2005");
    }

    [Fact]
    public void The_ratification_date_still_answers_when_the_agreement_was_ratified()
    {
        var answer = Ask("When was the agreement on cultural exchange ratified?", "en");
        answer.Text.Split('\n')[0].ShouldContain("10 June 2005");
    }

    [Theory]
    [InlineData("When did the first Bulgarian settlers arrive in Karaganda region?", "en")]
    [InlineData("Кога пристигнаха първите български заселници в Карагандинска област?", "bg")]
    public void The_first_settlers_are_found_where_a_text_calls_them_the_earliest(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain("1910");
    }

    [Theory]
    [InlineData("When was the Kazakh cultural centre in Burgas opened?", "en", "The sources only tell of a proposal")]
    [InlineData("Кога беше открит казахстанският културен център в Бургас?", "bg", "Източниците говорят само за предложение")]
    public void A_proposal_to_open_something_does_not_date_its_opening(string question, string lang, string header)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldContain(header);
        answer.Text.ShouldContain("предложи");
        answer.Text.ShouldNotContain("2023");
    }

    [Fact]
    public void Something_opened_after_a_proposal_is_dated_by_its_opening()
    {
        var answer = Ask("When did the Kazakh reading room in Varna open?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain("May 2019");
    }

    [Theory]
    [InlineData("Во сколько раз вырос экспорт казахстанской пшеницы в Болгарию в 2022 году?", "ru", "3,5")]
    [InlineData("How many times did Kazakh wheat exports to Bulgaria grow in 2022?", "en", "3.5")]
    public void The_growth_of_one_good_is_read_from_its_sentence_not_from_the_whole_exports(string question, string lang, string factor)
    {
        var answer = Ask(question, lang);
        answer.Text.Split('\n')[0].ShouldContain(factor);
        answer.Text.ShouldNotContain("150");
    }

    [Theory]
    [InlineData("Какой был товарооборот в первом квартале 2023 года?", "ru")]
    [InlineData("What was the trade turnover in the first quarter of 2023?", "en")]
    public void A_four_month_figure_does_not_answer_for_a_quarter(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain("50");
    }

    [Fact]
    public void The_four_month_figure_answers_for_those_four_months()
    {
        var answer = Ask("Какой был товарооборот за первые четыре месяца 2023 года?", "ru");
        answer.Text.Split('\n')[0].ShouldContain("50");
    }

    [Theory]
    [InlineData("Apart from wheat, what does Kazakhstan export to Bulgaria?", "en")]
    [InlineData("Что, кроме пшеницы, Казахстан экспортирует в Болгарию?", "ru")]
    [InlineData("Освен пшеница, какво изнася Казахстан за България?", "bg")]
    [InlineData("Бидайдан басқа Қазақстан Болгарияға не экспорттайды?", "kk")]
    public void Apart_from_one_good_asks_for_the_others_not_for_that_good(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("цинк");
        answer.Text.ShouldNotContain("3,5");
        answer.Text.ShouldNotContain("Главным товаром");
    }
}
