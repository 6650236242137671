namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "When will the agreement be signed?" over news that the text was initialled and the signing is still ahead: the
/// answer is the plan in its own words, never the day of the report nor a document signed that day.
/// </summary>
public sealed class PlannedSigningAnswerTests(InitialledNewsFixture fixture) : IClassFixture<InitialledNewsFixture>
{
    [Theory]
    [InlineData("When will the international road transport agreement be signed?", "en", "after domestic procedures")]
    [InlineData("Когда будет подписано соглашение о сотрудничестве в области ветеринарии?", "ru", "предстоит позднее")]
    [InlineData("Кога ще бъде подписано споразумението за социално осигуряване?", "bg", "подписването му предстои")]
    [InlineData("Мәдениет саласындағы ынтымақтастық туралы келісімге қашан қол қойылады?", "kk", "кейінірек қол қойылады")]
    public void A_signing_still_ahead_is_answered_in_the_words_of_the_plan(string question, string lang, string plan)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain(plan, Case.Insensitive);
    }
}
