using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Who signed for Shymkent" is answered with the signatory whose post names Shymkent, in whichever language it is asked.</summary>
public sealed class SideOfPersonTests(SideNewsFixture fixture) : IClassFixture<SideNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Кто подписал соглашение о побратимстве Шымкента и Пловдива со стороны Шымкента?", "ru", "Садыков")]
    [InlineData("Шымкент пен Пловдив арасындағы бауырластық келісімге Шымкент тарапынан кім қол қойды?", "kk", "Садыков")]
    [InlineData("Кой подписа споразумението за побратимяване между Шымкент и Пловдив от страна на Пловдив?", "bg", "Тонев")]
    public void The_signatory_for_a_city_is_the_one_whose_post_names_that_city(string question, string lang, string surname)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain(surname);
    }
}
