using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>The two countries' series do not answer for a city or a port within them: that share is for a source to state.</summary>
public sealed class PlaceFigureTests(ClauseNewsFixture fixture) : IClassFixture<ClauseNewsFixture>
{
    [Fact]
    public void A_countrys_exports_are_not_given_as_what_went_through_one_port()
    {
        var answer = fixture.Answerer.Answer("Сколько Казахстан экспортировал в Болгарию через порт Варна в 2021 году?", "ru");

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain("52");
    }

    [Fact]
    public void The_countrys_exports_are_still_given_when_no_place_is_named()
    {
        fixture.Answerer.Answer("Сколько Казахстан экспортировал в Болгарию в 2021 году?", "ru").Text.ShouldContain("52");
    }
}
