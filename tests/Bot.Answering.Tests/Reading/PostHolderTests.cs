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
            // A roster as newsletters write it: each name in capitals on its own line, the post on the next.
            files.Write("roster.md", Doc("Кто возглавлял миссии", "2024-03-01", "ru",
                "1. ГЕОРГИ МАРКОВ\nВременный поверенный в делах Болгарии в Алматы с марта 1994 года.\n\n"
                + "2. СЕРИК ЖУМАГАЛИЕВ\nКонсул Казахстана в Варне с мая 2016 года."));
            // Capitals that spell no one: an acronym beside the post.
            files.Write("sco.md", Doc("ШОС и ОБСЕ", "2024-04-01", "ru",
                "Временный поверенный в делах Болгарии в Ташкенте участвовал во встрече ШОС и ОБСЕ в 2019 году."));
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

    [Fact]
    public void A_name_written_in_capitals_above_the_post_is_quoted_as_the_answer()
    {
        var answer = fixture.Answerer.Answer("Кто был временным поверенным в делах Болгарии в Алматы с 1994 года?", "ru");

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain("МАРКОВ");
    }

    [Fact]
    public void An_acronym_in_capitals_names_no_one()
    {
        var answer = fixture.Answerer.Answer("Кто был временным поверенным в делах Болгарии в Ташкенте?", "ru");

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }
}
