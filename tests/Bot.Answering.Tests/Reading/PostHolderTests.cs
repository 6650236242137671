using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who is the honorary consul" asks for the holder of that post: a mayor named in the same article holds another post
/// and is no answer, so a source that names no consul gets a refusal; a consul named beside the post is the answer.
/// </summary>
public sealed class PostHolderTests(PostHolderTests.Fixture fixture) : IClassFixture<PostHolderTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("burgas.md", Doc("Бургас и Актобе се сближават", "2021-05-04", "bg",
                "Казахстан поддържа почетно консулство в Бургас от 2015 г.\n\n"
                + "На 3 май кметовете на Бургас и Актобе Димитър Николов и Асхат Шахаров подписаха споразумение за побратимяване."));
            files.Write("plovdiv.md", Doc("Изложба в Пловдив", "2022-09-14", "bg",
                "Почетният консул на Казахстан в Пловдив Петър Стоянов откри изложба на казахски художници."));
        }
    }

    [Theory]
    [InlineData("Who is Kazakhstan's honorary consul in Burgas?", "en")]
    [InlineData("Кто почётный консул Казахстана в Бургасе?", "ru")]
    public void A_mayor_is_no_answer_for_the_consul(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("Никол");
        answer.Text.ShouldNotContain("Nikol");
    }

    [Theory]
    [InlineData("Who is Kazakhstan's honorary consul in Plovdiv?", "en")]
    [InlineData("Кой е кметът на Бургас?", "bg")]
    public void The_holder_named_beside_the_post_is_the_answer(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain(lang == "en" ? "Stoyanov" : "Николов");
    }
}
