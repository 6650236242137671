using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Which goods" asks for the goods a text lists, in any language, not for the value of the trade in them.</summary>
public sealed class GoodsQuestionTests(GoodsNewsFixture fixture) : IClassFixture<GoodsNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Какие товары Казахстан экспортирует в Болгарию?", "ru")]
    [InlineData("Қазақстан Болгарияға қандай тауарлар экспорттайды?", "kk")]
    [InlineData("Какви стоки изнася Казахстан за България?", "bg")]
    public void Which_goods_is_answered_with_the_sentence_listing_them_not_with_the_value(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        (answer.Text.Contains("феросплави", StringComparison.Ordinal) || answer.Text.Contains("ферроқорытпалар", StringComparison.Ordinal)).ShouldBeTrue(answer.Text);
        answer.Text.Split('\n')[0].ShouldNotContain("120");
    }
}
