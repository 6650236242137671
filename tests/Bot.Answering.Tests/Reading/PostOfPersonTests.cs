using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who is the minister" is answered with the one a sentence gives the post, also as "his Bulgarian counterpart", and not
/// with a deputy of that post.
/// </summary>
public sealed class PostOfPersonTests(PostNewsFixture fixture) : IClassFixture<PostNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void The_counterpart_of_a_foreign_minister_is_the_other_countrys_foreign_minister_not_its_deputy()
    {
        var answer = Ask("Who is Bulgaria's foreign minister?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Mila Petrova");
        answer.Text.ShouldNotContain("Stoyan Ivanov");
    }

    [Fact]
    public void A_Russian_colleague_of_an_energy_minister_answers_who_the_Bulgarian_energy_minister_is()
    {
        var answer = Ask("Кто министр энергетики Болгарии?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Пламен Тодоров");
    }

    [Fact]
    public void A_Bulgarian_colleague_of_an_agriculture_minister_answers_the_question_in_Bulgarian()
    {
        var answer = Ask("Кой е министър на земеделието на България?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Росица Стоева");
    }
}
