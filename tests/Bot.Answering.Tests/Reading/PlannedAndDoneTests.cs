namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A question about something done is not answered from what is only planned, proposed or discussed, nor by the date of
/// another step (a departure for an arrival, the other parliament's vote); a step of the ratification law itself (a
/// chamber's approval, the publication) is dated by the sentence that tells that step.
/// </summary>
public sealed class PlannedAndDoneTests(PlannedAndDoneNewsFixture fixture) : IClassFixture<PlannedAndDoneNewsFixture>
{
    string Lead(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Ақтау–Бургас теңіз желісі бойынша алғашқы кеме Бургасқа қашан келді?", "kk", "ақпан")]
    [InlineData("When did the first ferry of the Aktau–Constanta line arrive in Constanta?", "en", "February")]
    public void A_departure_date_does_not_date_an_arrival(string question, string lang, string departed)
    {
        var lead = Lead(question, lang);

        lead.ShouldNotContain(departed, Case.Insensitive);
    }

    [Theory]
    [InlineData("Үкіметаралық комиссияның сегізінші отырысында неше құжатқа қол қойылды?", "kk", "8")]
    [InlineData("How many documents were signed at the ninth meeting of the joint business council?", "en", "6")]
    public void A_session_still_being_prepared_lends_its_ordinal_to_no_count_of_signed_documents(string question, string lang, string count)
    {
        var lead = Lead(question, lang);

        lead.ShouldNotStartWith(count);
    }

    [Theory]
    [InlineData("От кога ще има преки полети между Астана и Пловдив?", "bg", "2026")]
    [InlineData("С какого времени будет прямой авиарейс между Алматы и Варной?", "ru", "2025")]
    public void A_proposal_borrows_no_date_from_the_figure_beside_it(string question, string lang, string year)
    {
        var lead = Lead(question, lang);

        lead.ShouldNotContain(year);
    }

    [Theory]
    [InlineData("Росенец терминалында мұнайды сақтау туралы меморандумға қол қойылды ма?", "kk")]
    [InlineData("Подписан ли меморандум о хранении нефти на терминале Росенец?", "ru")]
    public void Whether_a_memorandum_was_signed_is_answered_by_the_sentence_saying_it_was_not(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;

        // The sentence saying so is quoted first; the deal's own sentence, if quoted, comes after it.
        var told = answer.IndexOf("not yet been signed", StringComparison.Ordinal);
        var deal = answer.IndexOf("Under the deal", StringComparison.Ordinal);
        told.ShouldBeGreaterThan(0);
        (deal < 0 || deal > told).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Кое споразумение остана неподписано по време на посещението?", "bg")]
    [InlineData("Which agreement was left unsigned during the visit?", "en")]
    public void Which_agreement_was_left_unsigned_is_answered_by_the_sentence_telling_it(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;

        answer.ShouldMatch("air services|воздушном сообщении");
        answer.ShouldNotContain("road map and a memorandum");
    }

    [Theory]
    [InlineData("Мәжіліс аралас тасымалдар туралы келісімді ратификациялау туралы заң жобасын қашан мақұлдады?", "kk", "28 қаңтар")]
    [InlineData("When was the Kazakh law ratifying the combined transport agreement first officially published?", "en", "20 February")]
    public void A_step_of_the_ratification_law_is_dated_by_the_sentence_telling_that_step(string question, string lang, string day)
    {
        var lead = Lead(question, lang);

        lead.ShouldContain(day);
    }
}
