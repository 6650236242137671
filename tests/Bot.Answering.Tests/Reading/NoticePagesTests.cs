namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Correction and update notices found when the page was ingested: a value a notice of its own page withdraws is answered
/// as corrected, in any language the question is asked in; a value no notice of its page withdraws, or that a notice about
/// another country's figure names, is given as stated.
/// </summary>
public sealed class NoticePagesTests(NoticePagesFixture fixture) : IClassFixture<NoticePagesFixture>
{
    [Theory]
    [InlineData("What were Kazakhstan's exports to Bulgaria in January-March 2025?", "en", "45.3", "54.3")]
    [InlineData("Каков экспорт Казахстана в Болгарию за январь–март 2025 года?", "ru", "45,3", "54,3")]
    public void A_figure_a_later_take_corrects_is_answered_as_corrected(string question, string lang, string corrected, string withdrawn)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        var lead = answer.Split('\n')[0];
        lead.ShouldContain(corrected);
        lead.IndexOf(corrected, StringComparison.Ordinal).ShouldBeLessThan(lead.IndexOf(withdrawn, StringComparison.Ordinal) is >= 0 and var at ? at : int.MaxValue);
        answer.ShouldNotContain("Sources differ");
        answer.ShouldNotContain("различаются");
    }

    [Theory]
    [InlineData("What were imports from Bulgaria to Kazakhstan in January-March 2025?", "en", "17.9")]
    [InlineData("Каков товарооборот Казахстана и Болгарии в 2024 году?", "ru", "375,2")]
    public void A_figure_no_notice_withdraws_is_given_as_stated(string question, string lang, string stated)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        answer.Split('\n')[0].ShouldContain(stated);
        answer.ShouldNotContain("421");
        answer.ShouldNotContain("поправк");
        answer.ShouldNotContain("corrected");
    }

    [Theory]
    [InlineData("Когда посол Темирбаев встретился с мэром Бургаса?", "ru", "21 октября 2024")]
    [InlineData("When did Ambassador Temirbayev meet the Mayor of Burgas?", "en", "21 October 2024")]
    public void A_meeting_day_an_update_line_moves_is_answered_as_moved(string question, string lang, string corrected)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        lead.ShouldStartWith(corrected);
        lead.ShouldContain(lang == "ru" ? "поправки" : "corrected");
    }

    [Theory]
    [InlineData("Кога министърът на енергетиката Жечо Станков посети Астана?", "bg", "19 март 2025", "поправката")]
    [InlineData("Жечо Станков Астанаға қашан барды?", "kk", "19 наурыз", "түзету")]
    public void A_chronology_item_an_update_redates_is_answered_with_the_new_date(string question, string lang, string corrected, string said)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        lead.ShouldContain(corrected);
        lead.ShouldContain(said);
    }

    [Fact]
    public void Another_item_of_the_chronology_keeps_its_date() =>
        fixture.Answerer.Answer("When was the Bulgaria–Kazakhstan business forum in Plovdiv held?", "en").Text.Split('\n')[0]
            .ShouldStartWith("6 March 2025");
}
