using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Износът … нарасна 11 пъти до 303,6 млн. долара, основно суров петрол": the amount is all of the exports and the good
/// only a part of it. Asked the value of that one good — in another language, or in the second half of a compound
/// question — the bot refuses rather than give the total as the good's; asked the total, it gives it.
/// </summary>
public sealed class OneGoodOfATotalTests(OneGoodOfATotalTests.Fixture fixture) : IClassFixture<OneGoodOfATotalTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("digest.md", Doc("Седмичен бюлетин: търговия с Централна Азия", "2025-02-20", "bg",
                "Накратко от региона.\n\n" +
                "През 2024 г. износът на Казахстан за България нарасна 11 пъти до 303,6 млн. долара, основно суров петрол, " +
                "а вносът от България се увеличи с 5,5% до 71,6 млн. долара, предимно лекарства.\n\n" +
                "Търговията на България с Узбекистан остана под 50 млн. долара."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("How much crude oil did Kazakhstan export to Bulgaria in 2024?", "en")]
    [InlineData("2024 жылы Қазақстан Болгарияға қанша мұнай экспорттады?", "kk")]
    [InlineData("By how much did Kazakhstan's crude oil exports to Bulgaria grow in 2024, and what were they worth?", "en")]
    public void The_total_a_good_is_part_of_is_never_given_as_the_goods_value(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldNotContain("303");
    }

    [Fact]
    public void The_total_itself_is_still_answered()
    {
        var answer = Ask("What were Kazakhstan's exports to Bulgaria worth in 2024?", "en");

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("303");
    }
}
