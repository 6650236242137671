namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A news item's lead places its story and names whom it is about: a date further down that names no other place is of
/// the lead's place, and "the minister" there is the one the lead gave that post — asked in any language.
/// </summary>
public sealed class LeadOfTheItemTests(LeadNewsFixture fixture) : IClassFixture<LeadNewsFixture>
{
    [Theory]
    [InlineData("Когда муниципальный совет Пловдива принял решение назвать улицу в честь Шымкента?", "ru", "12 апреля 2019")]
    [InlineData("When did the Plovdiv municipal council decide to name a street after Shymkent?", "en", "12 April 2019")]
    [InlineData("Кога общинският съвет на Пловдив реши да кръсти улица на Шымкент?", "bg", "12 април 2019")]
    [InlineData("Пловдив қалалық кеңесі көшеге Шымкент атын беру туралы қашан шешті?", "kk", "2019 жылғы 12 сәуір")]
    public void A_decision_dated_below_a_lead_placing_the_item_is_that_place_s_decision(string question, string lang, string day)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        answer.Split('\n')[0].ShouldContain(day);
        answer.ShouldNotContain("2020");
    }

    [Fact]
    public void The_other_date_of_the_same_sentence_answers_the_other_event() =>
        fixture.Answerer.Answer("When was the Shymkent street in Plovdiv opened?", "en").Text.Split('\n')[0].ShouldContain("1 September 2019");

    [Theory]
    [InlineData("When did Petkova hold talks with Bektenov?", "en", "14 May 2024")]
    [InlineData("Кога Петкова се срещна с Бектенов?", "bg", "14 май 2024")]
    [InlineData("Петкова Бектеновпен қашан кездесті?", "kk", "2024 жылғы 14 мамыр")]
    public void A_meeting_told_of_the_post_the_lead_gave_the_asked_person_is_hers(string question, string lang, string day) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(day);

    [Theory]
    [InlineData("When did Tokayev meet Radev?", "en", "13 May")]
    [InlineData("Тоқаев Радевпен қашан кездесті?", "kk", "13 мамыр")]
    public void A_meeting_with_someone_named_by_another_post_is_not_the_asked_person_s(string question, string lang, string otherMeeting) =>
        fixture.Answerer.Answer(question, lang).Text.ShouldNotContain(otherMeeting);

    [Theory]
    [InlineData("When did Tokayev meet the chairman of the Bulgarian parliament?", "en", "13 May 2025")]
    [InlineData("Когда Токаев встретился с председателем парламента Болгарии?", "ru", "13 мая 2025")]
    public void A_meeting_with_the_asked_post_is_dated_by_its_own_sentence(string question, string lang, string day) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(day);

    [Theory]
    [InlineData("When did Radev's official visit to Uzbekistan begin?", "en", "10 June 2025")]
    [InlineData("Кога започна официалното посещение на Радев в Узбекистан?", "bg", "10 юни 2025")]
    [InlineData("Радевтің Өзбекстанға ресми сапары қашан басталды?", "kk", "2025 жылғы 10 маусым")]
    public void A_visit_to_the_country_the_visitor_left_for_is_dated_there(string question, string lang, string day) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(day);
}
