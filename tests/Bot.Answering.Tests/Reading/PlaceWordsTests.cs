using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>A city the question names is met by the adjective a text makes of it, in Russian and Bulgarian, and by no other city.</summary>
public sealed class PlaceWordsTests(PlaceWordsNewsFixture fixture) : IClassFixture<PlaceWordsNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_reception_in_a_Varna_restaurant_answers_who_welcomed_the_guests_in_Varna()
    {
        var answer = Ask("Кто встречал гостей на праздновании Наурыза в Варне?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("Бекенов");
    }

    [Fact]
    public void A_concert_in_a_Sofia_hall_answers_who_opened_the_concert_in_Sofia_asked_in_Kazakh()
    {
        var answer = Ask("Софиядағы концертті кім ашты?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("Кемелов");
    }

    [Fact]
    public void The_adjective_of_one_city_does_not_hold_a_question_about_another()
    {
        var answer = Ask("Кто встречал гостей на праздновании Наурыза в Бургасе?", "ru");
        answer.Text.ShouldNotStartWith("Арман Бекенов");
        answer.Text.ShouldNotStartWith("Elena Stoeva");
    }
}
