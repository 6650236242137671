using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A figure near the question is not its answer: tonnes asked of a good whose value only is stated, another good's value
/// beside the asked one's, one good's value for the whole trade, goods whose maker's adjective follows the word for imports.
/// A figure that is there is still given.
/// </summary>
public sealed class NearFigureRefusalTests(NearFigureRefusalTests.Fixture fixture) : IClassFixture<NearFigureRefusalTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("barley.md", Doc("Agrarian trade in the first half", "2023-08-09", "en",
                "Shipments of Kazakh barley to Bulgaria were valued at USD 9.4 million over the half-year. "
                + "Kazakhstan also sent 14.6 thousand tonnes of zinc to Bulgarian plants in the same six months."));
            files.Write("rose-oil.md", Doc("Розовое масло и вино", "2023-03-14", "ru",
                "Импорт болгарского вина в Казахстан в 2022 году увеличился до 5,2 млн долларов."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("How many tonnes of barley did Kazakhstan ship to Bulgaria in the first half of 2023?", "en")]
    [InlineData("Колко тона ечемик е изнесъл Казахстан за България през първото полугодие на 2023 г.?", "bg")]
    public void Tonnes_of_a_good_whose_value_alone_is_stated_are_not_answered_with_money_or_another_goods_tonnes(string question, string lang)
    {
        var lead = Lead(Ask(question, lang));

        lead.ShouldNotContain("9.4");
        lead.ShouldNotContain("9,4");
        lead.ShouldNotContain("14");
    }

    [Fact]
    public void The_tonnes_stated_for_a_good_still_answer_it() =>
        Lead(Ask("How many tonnes of zinc did Kazakhstan send to Bulgaria in the first half of 2023?", "en")).ShouldContain("14.6");

    [Theory]
    [InlineData("Каким был экспорт Казахстана в Болгарию за 2023 год?", "ru")]
    [InlineData("What were Kazakhstan's exports to Bulgaria in 2023?", "en")]
    public void The_whole_of_exports_is_not_answered_with_one_goods_value(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldNotContain("9.4");
        answer.Text.ShouldNotContain("9,4");
    }

    [Theory]
    [InlineData("Сколько вина Казахстан импортировал из Болгарии в 2022 году?", "ru")]
    [InlineData("Колко вино е внесъл Казахстан от България през 2022 г.?", "bg")]
    [InlineData("2022 жылы Қазақстан Болгариядан қанша шарап импорттады?", "kk")]
    [InlineData("How much Bulgarian wine did Kazakhstan import in 2022?", "en")]
    public void Imports_of_bulgarian_wine_are_kazakhstans_imports_from_bulgaria(string question, string lang) =>
        Ask(question, lang).Text.ShouldMatch(@"5[.,]2");

    [Theory]
    [InlineData("Колко е износът на Казахстан за България през 2022 г.?", "bg")]
    [InlineData("What were Kazakhstan's imports from Bulgaria in 2022?", "en")]
    public void Neither_way_of_the_whole_trade_is_answered_with_the_wine_figure(string question, string lang) =>
        Ask(question, lang).Text.ShouldNotMatch(@"5[.,]2");
}
