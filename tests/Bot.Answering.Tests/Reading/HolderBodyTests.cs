using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who chaired the Senate" is answered from a sentence naming the Senate: the chairman of another body (the Majilis,
/// Bulgaria's National Assembly) or the prime minister listed beside him is no answer, in whichever language it is asked.
/// </summary>
public sealed class HolderBodyTests(HolderBodyNewsFixture fixture) : IClassFixture<HolderBodyNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Who chaired Kazakhstan's Senate during the Bulgarian speaker's visit in April 2024?", "en", "Ashimbayev")]
    [InlineData("Кто был председателем Сената, когда Желязков приезжал в Астану?", "ru", "Ашимбаев")]
    [InlineData("Кой беше председател на Сената при посещението на Желязков?", "bg", "Ашимбаев")]
    public void The_chairman_of_the_asked_body_answers_not_a_chairman_of_another(string question, string lang, string surname)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        var first = answer.Text.Split('\n')[0];
        first.ShouldContain(surname[..5]);
        first.ShouldNotContain("Желязков");
        first.ShouldNotContain("Zhelyazkov");
        first.ShouldNotContain("Бектенов");
    }

    [Theory]
    [InlineData("Who chaired the Senate when the Bulgarian delegation came to Astana in October 2023?", "en")]
    [InlineData("Кой беше председател на Сената при посещението на делегацията през октомври 2023 г.?", "bg")]
    public void Officials_of_other_bodies_do_not_answer_for_the_Senate(string question, string lang)
    {
        var first = Ask(question, lang).Text.Split('\n')[0];
        foreach (var other in new[] { "Смаилов", "Smailov", "Кошанов", "Koshanov" }) first.ShouldNotContain(other);
    }
}
