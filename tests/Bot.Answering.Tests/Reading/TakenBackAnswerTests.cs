namespace Bot.Answering.Tests.Reading;

/// <summary>
/// What a text says did not happen answers no question of when it happened: "does not require ratification", "пока не
/// ратифицировано", "не подлежи на ратификация", "ратификациялауды қажет етпейді" give no ratification date (the report's
/// day beside them was read as one); a visit planned for a day and postponed is shown as not having taken place then; a
/// signing put off or still ahead is answered in the text's words, not with another agreement's card; a denied report
/// is no agreement. What did happen is still dated.
/// </summary>
public sealed class TakenBackAnswerTests(TakenBackNewsFixture fixture) : IClassFixture<TakenBackNewsFixture>
{
    [Theory]
    [InlineData("When was the Air Services Agreement ratified?", "en", "14 March")]
    [InlineData("Когда было ратифицировано соглашение о сотрудничестве в области ветеринарии?", "ru", "1 июля")]
    [InlineData("Кога е ратифицирано споразумението за сътрудничество в областта на културата?", "bg", "12 май")]
    [InlineData("Білім беру саласындағы ынтымақтастық туралы келісім қашан ратификацияланды?", "kk", "3 маусым")]
    public void A_step_the_text_says_was_not_taken_gets_no_date(string question, string lang, string reportDay)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.Split('\n')[0].ShouldNotContain(reportDay);
    }

    [Fact]
    public void A_step_that_was_taken_is_still_dated()
    {
        var answer = fixture.Answerer.Answer("When was the Agreement on Mutual Protection of Investments ratified?", "en");

        answer.Text.Split('\n')[0].ShouldContain("5 February 2025");
    }

    [Theory]
    [InlineData("When did the Kazakh foreign minister visit Varna?", "en", "postponed")]
    [InlineData("Кога казахстанският министър на културата посети Пловдив?", "bg", "отложено")]
    [InlineData("Болгария министрі Алматыға қашан барды?", "kk", "шегерілген")]
    public void A_visit_put_off_is_shown_as_not_taking_place_on_its_day(string question, string lang, string calledOff)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(calledOff);
    }

    [Theory]
    [InlineData("Когда было подписано соглашение о морском транспорте?", "ru", "перенесено", "здравоохранения")]
    [InlineData("Кога е подписан Меморандумът за сътрудничество в областта на киното?", "bg", "Предстои", "здравоохранения")]
    public void A_signing_put_off_or_ahead_is_answered_in_the_texts_words_not_by_another_record(string question, string lang, string told, string other)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain(told);
        answer.Text.ShouldNotContain(other);
    }

    [Fact]
    public void Nobody_signed_what_a_text_says_was_not_signed()
    {
        var answer = fixture.Answerer.Answer("Who signed the twinning agreement between Astana and Sofia?", "en");

        answer.Text.Split('\n')[0].ShouldNotContain("Terziev");
    }

    [Fact]
    public void A_report_of_a_signing_called_untrue_lists_no_agreement()
    {
        var answer = fixture.Answerer.Answer("What agreements were signed between Kazakhstan and Bulgaria in 2025?", "en");

        answer.Text.ShouldNotContain("green energy");
        answer.Text.ShouldNotContain("морском");
        answer.Text.ShouldContain("здравоохранения");
    }
}
