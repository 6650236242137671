using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Which goods grew fastest": a report names the goods ("propane and butane, aluminium and timber") without a word for
/// goods, in a sentence after the one dating the quarter, which compares it with the year before. The goods are listed,
/// in whatever language the question is asked, and the quarter compared with is not taken for the sentence's own.
/// </summary>
public sealed class GrowingGoodsTests(GrowingGoodsTests.Fixture fixture) : IClassFixture<GrowingGoodsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("trend-en.txt", "Kazakhstan, Bulgaria trade doubles in first quarter\n\n"
                + "ASTANA, Kazakhstan, June 8. Trade between Kazakhstan and Bulgaria amounted to $66.6 million in the first quarter of this year, "
                + "almost double the figure for the same period of 2024.\n\n"
                + "Kazakh shipments of propane and butane, aluminium and timber showed the strongest growth, while Bulgaria supplied mostly "
                + "pharmaceuticals and medical equipment.\n\nPublished: 08.06.2025\n");
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Which Kazakh goods showed the strongest growth in the first quarter of 2025?", "en")]
    [InlineData("Какие товары казахстанского экспорта показали самый быстрый рост в первом квартале 2025 года?", "ru")]
    [InlineData("Кои казахстански стоки отбелязаха най-бърз ръст през първото тримесечие на 2025 г.?", "bg")]
    public void The_goods_that_grew_fastest_are_named_though_no_word_for_goods_stands_beside_them(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldContain("propane", customMessage: answer.Text);
        answer.Text.ShouldContain("timber", customMessage: answer.Text);
    }
}
