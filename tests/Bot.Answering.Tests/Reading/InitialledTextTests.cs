namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "What was done with the text of the agreement?": the sentence that names the agreement is quoted with the one after
/// it that tells what became of the document — initialled, to be signed later — in whatever language either is written.
/// </summary>
public sealed class InitialledTextTests(InitialledNewsFixture fixture) : IClassFixture<InitialledNewsFixture>
{
    [Theory]
    [InlineData("What was done with the text of the international road transport agreement?", "en", "initialled")]
    [InlineData("Что сделали с текстом соглашения о сотрудничестве в области ветеринарии?", "ru", "парафирован")]
    [InlineData("Какво беше направено с текста на споразумението за социално осигуряване?", "bg", "парафиран")]
    [InlineData("Мәдениет саласындағы ынтымақтастық туралы келісімнің мәтінімен не істелді?", "kk", "парафталды")]
    [InlineData("What was done with the text of the agreement on veterinary cooperation?", "en", "парафирован")]
    public void The_answer_tells_that_the_text_was_initialled(string question, string lang, string step)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain(step, Case.Insensitive);
    }
}
