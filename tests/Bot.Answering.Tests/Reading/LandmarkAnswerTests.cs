using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Where did they walk?" is answered by the landmark a text names when it names no city for the act; a city it names still answers first.</summary>
public sealed class LandmarkAnswerTests(LandmarkNewsFixture fixture) : IClassFixture<LandmarkNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("Where did the mayors of Varna and Aktau walk after the ceremony?", "en", "Bridge of Lovers")]
    [InlineData("Где прогулялся посол Темирбаев с мэром Бургаса?", "ru", "Приморском парке")]
    [InlineData("Къде се разходи посланикът Темирбаев с кмета на Бургас?", "bg", "Приморском парке")]
    [InlineData("Пловдивтен келген қонақтар Шымкентте қайда серуендеді?", "kk", "Ғашықтар көпірінде")]
    [InlineData("Где в Бургасе открылась выставка казахских ковров?", "ru", "Саду камней")]
    public void Where_people_walked_is_answered_by_the_landmark_the_text_names(string question, string lang, string landmark)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        Lead(answer).ShouldStartWith(landmark);
    }

    [Theory]
    [InlineData("Where was the Independence Day reception in Sofia held?", "en", "хотел „Радисън“")]
    [InlineData("Где в Софии прошёл прием по случаю Дня независимости?", "ru", "хотел „Радисън“")]
    [InlineData("Where in Plovdiv did the ambassador give a lecture on the Middle Corridor?", "en", "Paisii Hilendarski University")]
    public void A_venue_in_the_asked_city_answers_where_the_event_was_held(string question, string lang, string venue)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        Lead(answer).ShouldStartWith(venue);
    }

    [Fact]
    public void A_reception_no_text_places_in_the_asked_city_is_refused()
    {
        Ask("Where was the Independence Day reception in Varna held?", "en").Text.ShouldNotContain("Радисън");
    }

    [Fact]
    public void A_sentences_first_word_is_not_taken_for_part_of_a_landmarks_name()
    {
        Lead(Ask("Where did the guests from Plovdiv walk in Shymkent?", "en")).ShouldNotContain("Қонақтар");
    }

    [Fact]
    public void A_city_the_sentence_names_answers_before_a_landmark_in_it()
    {
        var answer = Ask("Where did the foreign ministers of Kazakhstan and Bulgaria hold talks?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        Lead(answer).ShouldStartWith("Astana");
    }

    [Fact]
    public void A_question_for_a_city_is_not_answered_by_a_landmark()
    {
        Lead(Ask("In which city did the mayors of Varna and Aktau walk on the bridge?", "en")).ShouldNotContain("Bridge of Lovers");
    }

    [Theory]
    [InlineData("Where did Kurmanov and Dimov meet?", "en")]
    [InlineData("Где встретились Курманов и Димов?", "ru")]
    public void An_event_given_as_the_place_answers_where(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldStartWith("77th World Health Assembly");
    }
}
