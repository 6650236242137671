using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How did the committee vote?" over a committee's report (a Word file): the tally ("12 голосами «за», «против» — нет,
/// 1 — воздержался") answers, not the sentence proposing a first reading or another committee's vote on another bill.
/// </summary>
public sealed class CommitteeVoteTests(CommitteeVoteTests.Fixture fixture) : IClassFixture<CommitteeVoteTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.WriteBytes("doklad-komiteta.docx", OfficeFiles.Docx("Заключение комитета по международным делам", new DateTime(2019, 3, 14), null,
                "МАЖИЛИС ПАРЛАМЕНТА РЕСПУБЛИКИ КАЗАХСТАН",
                "Комитет по международным делам, обороне и безопасности",
                "ЗАКЛЮЧЕНИЕ",
                "по проекту Закона «О ратификации Соглашения между Правительством Республики Казахстан и Правительством Республики Болгария о сотрудничестве в области туризма»",
                "На заседании 13 марта 2019 года Комитет рассмотрел проект Закона о ратификации Соглашения о сотрудничестве в области туризма, подписанного в Софии 5 ноября 2018 года.",
                "По итогам голосования проект Закона одобрен: 12 голосами «за», «против» — нет, 1 — воздержался.",
                "Комитет рекомендует Мажилису принять проект Закона в первом чтении и вынести его на голосование на пленарном заседании 20 марта 2019 года.",
                "Председатель Комитета"));
            files.Write("transport-bg.md", Doc("Комисията по транспорт одобри спогодбата за въздушни съобщения", "2019-03-15", "bg",
                "Комисията по транспорт прие с 10 гласа „за“ и 3 „против“ законопроекта за ратифициране на Спогодбата за въздушни съобщения с Казахстан. "
                + "Комисията по бюджет и финанси ще гласува законопроекта в четвъртък."));
        }
    }

    [Theory]
    [InlineData("How did the Majilis committee vote on the tourism agreement?", "en")]
    [InlineData("Как проголосовал комитет по международным делам по соглашению о туризме?", "ru")]
    [InlineData("Как гласува комитетът на Мажилиса за споразумението за туризъм?", "bg")]
    [InlineData("Мәжіліс комитеті туризм туралы келісім бойынша қалай дауыс берді?", "kk")]
    public void The_committees_tally_on_its_bill_is_the_answer(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("12", customMessage: answer.Text);
        answer.Text.ShouldNotContain("10 гласа", customMessage: answer.Text);
        answer.Text.ShouldNotContain("первом чтении", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("How did the transport committee vote on the air services agreement?", "en")]
    [InlineData("Как гласува комисията по транспорт за спогодбата за въздушни съобщения?", "bg")]
    public void Another_committees_tally_answers_the_question_about_its_own_bill(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("10", customMessage: answer.Text);
        answer.Text.ShouldNotContain("12 голосами", customMessage: answer.Text);
    }
}
