using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Which boxer took part": a noun naming someone by what they do asks for a person, and of the guests a sentence lists
/// each with a role word, the one the text calls so — not the coach named just before the word "boxer".
/// </summary>
public sealed class GuestRoleTests(GuestRoleTests.Fixture fixture) : IClassFixture<GuestRoleTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("exhibition.md", Doc("Выставка в Пловдиве", "2023-05-18", "ru",
                "В Пловдиве открылась выставка казахских мастеров. На открытии выставки были посол Айдар Куанышев, тренер Иван Димов и боксёр Нурлан Садыков."));
    }

    [Theory]
    [InlineData("Which boxer attended the opening of the exhibition in Plovdiv?", "en")]
    [InlineData("Какой боксёр был на открытии выставки в Пловдиве?", "ru")]
    [InlineData("Кой боксьор присъства на откриването на изложбата в Пловдив?", "bg")]
    [InlineData("Пловдивтегі көрменің ашылуына қай боксшы қатысты?", "kk")]
    public void Which_boxer_is_answered_with_the_guest_the_text_calls_a_boxer(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        var lead = answer.Text.Split('\n')[0];
        (lead.Contains("Садыков", StringComparison.Ordinal) || lead.Contains("Sadykov", StringComparison.Ordinal)).ShouldBeTrue(answer.Text);
        lead.ShouldNotContain("Димов");
        lead.ShouldNotContain("Dimov");
    }
}
