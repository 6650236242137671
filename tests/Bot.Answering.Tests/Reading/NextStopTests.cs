using Bot.Answering.Composing;
using Shouldly;

namespace Bot.Answering.Tests.Reading;

public sealed class NextStopTests(NextStopNewsFixture fixture) : IClassFixture<NextStopNewsFixture>
{
    [Theory]
    [InlineData("Where did Radev go after Astana?", "en", "Tashkent")]
    [InlineData("Къде отиде Радев след Казахстан?", "bg", "Ташкент")]
    [InlineData("Куда отправился Радев после Астаны?", "ru", "Ташкент")]
    public void Where_a_visitor_went_next_is_the_place_a_line_sends_him_to_from_the_stop_asked(string question, string lang, string place) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(place);

    [Theory]
    [InlineData("Where did Zhelyazkov go after Kazakhstan?", "en")]
    [InlineData("Къде замина Георгиев след Астана?", "bg")]
    [InlineData("Куда поехал Токаев после переговоров с Радевым?", "ru")]
    public void A_trip_not_told_as_from_the_stop_asked_or_by_another_traveller_is_refused(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBeOneOf(AnswerKind.NotFound, AnswerKind.Refused);
        answer.Text.Split('\n')[0].ShouldNotContain("Брюссел");
    }
}
