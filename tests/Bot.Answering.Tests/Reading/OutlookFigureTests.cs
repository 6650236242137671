using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Targets and forecasts ("aim to bring trade to $800 million by 2027", "планируют довести до 1 млрд к 2030 году", "очаква
/// се да достигне", "жетеді деп күтілуде") are not what a year came to: a question about the year gets the actual figure
/// or a refusal, never the target; a question that asks for the target gets it.
/// </summary>
public sealed class OutlookFigureTests(OutlookFigureTests.News fixture) : IClassFixture<OutlookFigureTests.News>
{
    public sealed class News : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("ru.md", Doc("Казахстан и Болгария обсудили торговлю", "2024-05-10", "ru",
                "Стороны планируют довести товарооборот между Казахстаном и Болгарией до 1 млрд долларов к 2030 году. В 2023 году товарооборот составил 420,5 млн долларов."));
            files.Write("en.md", Doc("Ministers meet in Sofia", "2024-11-02", "en",
                "Kazakhstan and Bulgaria aim to bring bilateral trade to $800 million by 2027, the ministers said. Kazakh exports to Bulgaria are expected to exceed $500 million in 2025."));
            files.Write("bg.md", Doc("Прогноза за търговията", "2024-12-01", "bg",
                "Очаква се стокообменът между България и Казахстан да достигне 650 млн. долара през 2025 г., заяви министърът."));
            files.Write("kk.md", Doc("Сауда өсуде", "2024-12-05", "kk",
                "Болжам бойынша 2026 жылы Қазақстан мен Болгария арасындағы тауар айналымы 700 млн долларға жетеді деп күтілуде."));
            files.Write("may-en.md", Doc("Exporters upbeat", "2025-01-20", "en",
                "Kazakh exports to Bulgaria may exceed $450 million in 2028, the exporters' association said."));
            files.Write("may-ru.md", Doc("Экспортёры настроены оптимистично", "2025-02-03", "ru",
                "По итогам 2029 года товарооборот между Казахстаном и Болгарией может превысить 900 млн долларов, сообщила ассоциация экспортёров."));
        }
    }

    [Theory]
    [InlineData("What was the trade turnover between Kazakhstan and Bulgaria in 2030?", "en", "1 ")]
    [InlineData("Каков был товарооборот в 2027 году?", "ru", "800")]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2025?", "en", "500")]
    [InlineData("Какъв беше стокообменът през 2025 г.?", "bg", "650")]
    [InlineData("2026 жылы тауар айналымы қандай болды?", "kk", "700")]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2028?", "en", "450")]
    [InlineData("Каким оказался товарооборот Казахстана и Болгарии по итогам 2029 года?", "ru", "900")]
    [InlineData("Колко е бил стокообменът между Казахстан и България през 2029 г.?", "bg", "900")]
    public void A_year_s_figure_is_not_answered_by_its_target_or_forecast(string question, string lang, string target)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain(target + "млн");
        answer.Text.ShouldNotContain(target + " млн");
        answer.Text.ShouldNotContain(target + " million");
    }

    [Theory]
    [InlineData("Какой товарооборот планируют достичь к 2030 году?", "ru", "1 млрд")]
    [InlineData("Какъв стокообмен се очаква през 2025 г.?", "bg", "650")]
    [InlineData("2026 жылы тауар айналымы қанша болады деп күтілуде?", "kk", "700")]
    [InlineData("До какого уровня стороны планируют довести товарооборот?", "ru", "1 млрд")]
    [InlineData("To what level do Kazakhstan and Bulgaria aim to bring bilateral trade?", "en", "800")]
    public void A_question_about_the_target_or_forecast_gets_it(string question, string lang, string target) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(target);

    [Theory]
    [InlineData("What was the trade turnover in 2023?", "en", "420.5")]
    [InlineData("2023 жылы тауар айналымы қандай болды?", "kk", "420,5")]
    [InlineData("Тауар айналымы 2023 жылы қандай болды?", "kk", "420,5")]
    public void The_actual_figure_beside_a_target_still_answers(string question, string lang, string value)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        answer.Text.ShouldContain(value);
    }
}
