using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A chamber's report or a forum's programme heads its text with the occasion ("Kazakhstan–Bulgaria Business Forum,
/// Almaty, 3 October 2024"; "Казахстанско-болгарский бизнес-форум, Астана, 9 июня 2025 г.") and then lists its results in
/// lines that name neither the forum nor its city. A question of the forum in that city is answered from those lines; the
/// other forum's report, headed by another city, answers nothing about it, and a forum in a city no report is headed with
/// is refused rather than answered with either report's figure.
/// </summary>
public sealed class OccasionHeadingTests(OccasionHeadingTests.Fixture fixture) : IClassFixture<OccasionHeadingTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("almaty-newsletter-en.md", Doc("Chamber newsletter: what the autumn programme brought", "2024-10-05", "en",
                "Kazakhstan–Bulgaria Business Forum, Almaty, 3 October 2024\n\n"
                + "The Almaty forum brought together exporters from both countries for a day of panels and matchmaking sessions arranged by the two chambers.\n\n"
                + "RESULTS\n\n"
                + "Some 25 B2B meetings were held between 14 Bulgarian and 19 Kazakh companies.\n\n"
                + "Joint projects worth about $40 million were discussed."));
            files.Write("astana-report-ru.md", Doc("Отчёт палаты: итоги деловой программы", "2025-06-11", "ru",
                "Торгово-промышленная палата Казахстана\n\nОТЧЁТ\n\n"
                + "Казахстанско-болгарский бизнес-форум, Астана, 9 июня 2025 г.\n\n"
                + "В ходе официального визита президента Болгарии в Казахстан палаты двух стран подписали меморандум о сотрудничестве и провели деловую программу для компаний.\n\n"
                + "ПРОГРАММА\n\n10:00 — Открытие форума, приветствие премьер-министра\n\n14:00 — B2B-встречи\n\n"
                + "ИТОГИ B2B-ВСТРЕЧ\n\n"
                + "Проведено 46 встреч между 31 болгарской и 38 казахстанскими компаниями.\n\n"
                + "Совместные проекты в проработке оцениваются более чем в 117 млн долларов США."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("What was the value of the joint projects discussed at the Almaty business forum?", "en")]
    [InlineData("На какую сумму обсуждались совместные проекты на бизнес-форуме в Алматы?", "ru")]
    [InlineData("Каква е стойността на съвместните проекти, обсъдени на бизнес форума в Алмати?", "bg")]
    [InlineData("Алматыдағы бизнес-форумда талқыланған бірлескен жобалардың құны қандай?", "kk")]
    public void A_line_under_the_heading_naming_the_forum_and_its_city_answers_of_that_forum(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("40", customMessage: answer.Text);
        answer.Text.ShouldNotContain("117", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("What was the value of the joint projects discussed at the business forum in Astana?", "en")]
    [InlineData("Астанадағы бизнес-форумда талқыланған бірлескен жобалардың құны қандай?", "kk")]
    public void Lines_holding_none_of_the_questions_rarer_words_are_read_under_the_heading_that_names_them(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain("117", customMessage: answer.Text);
        answer.Text.ShouldNotMatch(@"\b40\b");
    }

    [Theory]
    [InlineData("How many B2B meetings were held at the Almaty business forum?", "en", "25")]
    [InlineData("Сколько B2B-встреч прошло на бизнес-форуме в Астане?", "ru", "46")]
    [InlineData("Колко B2B срещи се проведоха на бизнес форума в Алмати?", "bg", "25")]
    public void A_count_of_meetings_is_the_one_the_asked_forums_report_gives(string question, string lang, string count)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(count, customMessage: answer.Text);
    }

    [Theory]
    [InlineData("На какую сумму обсуждались совместные проекты на бизнес-форуме в Софии?", "ru")]
    [InlineData("What was the value of the joint projects discussed at the business forum in Plovdiv?", "en")]
    [InlineData("Колко B2B срещи се проведоха на бизнес форума в Бургас?", "bg")]
    public void A_forum_in_a_city_no_report_is_headed_with_is_refused(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotMatch(@"\b(40|117|46|25)\b");
    }

    [Theory]
    [InlineData("What was the value of the joint projects discussed at the business forum in Astana?", "en")]
    [InlineData("How many B2B meetings were held at the Astana business forum?", "en")]
    [InlineData("Сколько B2B-встреч прошло на бизнес-форуме в Алматы?", "ru")]
    public void The_other_forums_figures_never_answer(string question, string lang)
    {
        var answer = Ask(question, lang);

        var other = question.Contains("Astana", StringComparison.Ordinal) ? @"\b(40|25)\b" : @"\b(117|46)\b";
        answer.Text.ShouldNotMatch(other);
    }
}
