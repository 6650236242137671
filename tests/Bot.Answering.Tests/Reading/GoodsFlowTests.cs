using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "What did Bulgaria export to Kazakhstan in the first half of 2024?": the goods of the asked way of trade and period,
/// read from a fact box's lines under a heading that dates them ("Накратко за първото полугодие на 2024 г."), never the
/// other way's line beside them, nor another year's goods; a sentence telling both ways is read clause by clause.
/// </summary>
public sealed class GoodsFlowTests(GoodsFlowTests.Fixture fixture) : IClassFixture<GoodsFlowTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            // A business weekly's fact box: short lines under a dated heading, then a paragraph on another year.
            files.Write("factbox.md", Doc("Търговията между България и Казахстан в цифри", "2024-08-10", "bg",
                "Търговията между България и Казахстан расте втора поредна година, сочат данни на НСИ.\n\n" +
                "Накратко за първото полугодие на 2024 г.\n\n" +
                "Стокообмен: 210 млн. долара\n\n" +
                "Казахстански износ: нефт, алуминий\n\n" +
                "Български износ: лекарства, машини\n\n" +
                "През цялата 2022 година България е изнасяла за Казахстан предимно зърно, а Казахстан е продавал уран."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Which goods did Bulgaria mainly export to Kazakhstan in the first half of 2024?", "en")]
    [InlineData("Какие товары поставляла Болгария в Казахстан в первом полугодии 2024 года?", "ru")]
    public void Bulgarias_goods_of_the_half_year_are_its_line_of_the_fact_box_not_kazakhstans(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("лекарства");
        answer.Text.ShouldNotContain("нефт");
        answer.Text.ShouldNotContain("зърно");
    }

    [Theory]
    [InlineData("2024 жылдың бірінші жартыжылдығында Қазақстан Болгарияға қандай тауарлар экспорттады?", "kk")]
    [InlineData("Кои стоки изнася Казахстан за България през първото полугодие на 2024 г.?", "bg")]
    public void Kazakhstans_goods_of_the_half_year_are_its_line_not_bulgarias(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("нефт");
        answer.Text.ShouldNotContain("лекарства");
        answer.Text.ShouldNotContain("уран");
    }

    [Theory]
    [InlineData("Which goods did Bulgaria export to Kazakhstan in 2022?", "en")]
    [InlineData("Какие товары Болгария экспортировала в Казахстан в 2022 году?", "ru")]
    public void Another_year_is_read_from_its_own_sentence(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("зърно");
        answer.Text.ShouldNotContain("лекарства");
    }
}
