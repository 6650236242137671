namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A date answer names the event asked about: a visit onward after Kazakhstan is dated by "tomorrow" in the item that
/// tells of it, talks "in the Akorda" by a Kazakh sentence that writes the residence without quotation marks, a forum by
/// the article's own "26th of last month" rather than by a teaser of another forum under "Read also", and a visit an
/// interviewee says is planned by the season he names.
/// </summary>
public sealed class EventDateTests(EventDateNewsFixture fixture) : IClassFixture<EventDateNewsFixture>
{
    [Theory]
    [InlineData("Какого числа Румен Радев отправился после Казахстана с официальным визитом в Узбекистан?", "ru", "10 июня")]
    [InlineData("На коя дата Румен Радев замина след Казахстан на посещение в Узбекистан?", "bg", "10 юни")]
    public void A_visit_onward_is_dated_by_tomorrow_in_its_item(string question, string lang, string day) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(day);

    [Theory]
    [InlineData("На коя дата Радев и Токаев проведоха разговори в „Акорда“?", "bg", "9 юни")]
    [InlineData("When did Radev and Tokayev hold talks in the \"Akorda\"?", "en", "9 June")]
    public void Talks_in_a_quoted_residence_are_dated_by_a_sentence_naming_it_plainly(string question, string lang, string day) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(day);

    [Theory]
    [InlineData("2023 жылғы Қазақ-болгар бизнес-форумы қай күні өтті?", "kk", "26 сәуір")]
    [InlineData("On what date was the Kazakh-Bulgarian business forum held in 2023?", "en", "26 April")]
    public void A_forum_is_dated_by_the_articles_sentence_not_by_a_read_also_teaser(string question, string lang, string day)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        answer.Split('\n')[0].ShouldContain(day);
        answer.ShouldNotContain("Греция");
    }

    [Theory]
    [InlineData("According to the interview with Petar Stoyanov, when was Erlan Idrissov expected to visit Bulgaria?", "en")]
    public void A_planned_visit_is_dated_by_the_season_the_interviewee_names(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        answer.Split('\n')[0].ShouldContain("2014");
        answer.ShouldContain("this autumn");
    }
}
