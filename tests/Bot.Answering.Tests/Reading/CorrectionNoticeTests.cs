namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A correction notice under a page ("UPD: … ошибочно указано …", "Поправка: … погрешно беше посочено …") changes the value
/// stated above it: the user gets the corrected value and is told it was corrected; values no notice touches stay as stated.
/// </summary>
public sealed class CorrectionNoticeTests(CorrectionNewsFixture fixture) : IClassFixture<CorrectionNewsFixture>
{
    [Theory]
    [InlineData("Когда прошла встреча Калиакпарова и Дойкова?", "ru", "12 марта 2024", "поправки")]
    [InlineData("Қалиақпаров пен Дойков қашан кездесті?", "kk", "12 наурыз", "түзету")]
    public void A_date_an_update_notice_corrects_is_answered_as_corrected(string question, string lang, string corrected, string said)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        lead.ShouldStartWith(lang == "ru" ? corrected : "2024 жылғы " + corrected);
        lead.ShouldContain(said);
    }

    [Theory]
    [InlineData("What were Bulgaria's exports to Kazakhstan in 2024?", "en", "71.6", "corrected")]
    [InlineData("Каков был экспорт Болгарии в Казахстан в 2024 году?", "ru", "71,6", "поправки")]
    public void A_figure_a_correction_replaces_is_answered_with_the_corrected_value(string question, string lang, string corrected, string said)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        var lead = answer.Split('\n')[0];
        lead.ShouldContain(corrected);
        lead.ShouldContain(said);
        lead.IndexOf(corrected, StringComparison.Ordinal).ShouldBeLessThan(lead.IndexOf(corrected == "71.6" ? "61.6" : "61,6", StringComparison.Ordinal));
        answer.ShouldContain("71,6 млн. долара");
    }

    [Theory]
    [InlineData("Кога е насрочено следващото заседание на работната група по авиация?", "bg", "20 май 2024")]
    [InlineData("2024 жылы Қазақстан мен Болгарияның тауар айналымы қанша болды?", "kk", "375,2")]
    public void A_value_no_notice_corrects_is_given_as_stated(string question, string lang, string stated)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        lead.ShouldContain(stated);
        lead.ShouldNotContain(lang == "bg" ? "поправка" : "түзету");
    }

    [Fact]
    public void The_date_of_an_anniversary_is_counted_from_the_date_the_text_gives_for_what_it_marks()
    {
        var lead = fixture.Answerer.Answer("Когда отмечалось 30-летие установления дипломатических отношений между Казахстаном и Болгарией?", "ru").Text.Split('\n')[0];
        lead.ShouldStartWith("5 июня 2022");
        lead.ShouldContain("1992");
    }

    [Theory]
    [InlineData("In which year was the 25th anniversary of diplomatic relations between Kazakhstan and Bulgaria marked?", "en", "2017")]
    [InlineData("Кога са установени дипломатическите отношения между Казахстан и България?", "bg", "5 юни 1992")]
    public void A_date_the_text_gives_of_the_anniversary_itself_or_of_the_founding_is_not_counted_on(string question, string lang, string date)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        lead.ShouldStartWith(date);
        lead.ShouldNotContain("2042");
        lead.ShouldNotContain("2022");
    }

    [Theory]
    [InlineData("Когда Роман Василенко и Тихомир Стойчев провели политические консультации?", "ru", "21 октября 2023")]
    [InlineData("Кога Роман Василенко и Тихомир Стойчев проведоха политически консултации?", "bg", "21 октомври 2023")]
    public void Officials_named_by_post_are_those_the_next_sentence_names(string question, string lang, string date) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldStartWith(date);

    [Fact]
    public void A_meeting_the_next_sentence_does_not_name_the_asked_person_at_is_no_answer() =>
        fixture.Answerer.Answer("Когда Роман Василенко встретился с послом Венгрии?", "ru").Text.ShouldNotContain("14 сентября");
}
