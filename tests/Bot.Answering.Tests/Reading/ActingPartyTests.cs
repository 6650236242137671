using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Each side ratifies an agreement by its own act: asked when Bulgaria ratified it, a source giving only Kazakhstan's
/// ratifying law has no answer, while the same date answers when Kazakhstan did, or when it was ratified at all.
/// </summary>
public sealed class ActingPartyTests(ActingPartyTests.Fixture fixture) : IClassFixture<ActingPartyTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("treaties.md", Doc("Договорно-правовая база", "2020-05-12", "ru",
                "Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария о сотрудничестве в области туризма "
                + "(подписано 3 апреля 2009 г. в Софии; ратифицировано Законом Республики Казахстан № 145 от 12 ноября 2010 г.)."));
    }

    [Theory]
    [InlineData("Кога България ратифицира споразумението за сътрудничество в туризма с Казахстан?", "bg")]
    [InlineData("When did Bulgaria ratify the tourism agreement with Kazakhstan?", "en")]
    [InlineData("Болгария туризм саласындағы келісімді қашан ратификациялады?", "kk")]
    public void Another_partys_ratification_does_not_date_the_asked_partys(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotStartWith("12");
    }

    [Theory]
    [InlineData("Когда Казахстан ратифицировал соглашение о туризме с Болгарией?", "ru")]
    [InlineData("When was the tourism agreement with Bulgaria ratified?", "en")]
    public void The_acting_partys_ratification_or_any_answers(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("2010");
    }
}
