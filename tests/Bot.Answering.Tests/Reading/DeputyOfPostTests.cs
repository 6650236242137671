using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>A question about a deputy is answered by the deputy, never by the holder of the post itself.</summary>
public sealed class DeputyOfPostTests(DeputyNewsFixture fixture) : IClassFixture<DeputyNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Who is the deputy mayor of Burgas?", "en", "Dimov")]
    [InlineData("Кой е заместник-кметът на Бургас?", "bg", "Димов")]
    [InlineData("Кто заместитель мэра Бургаса?", "ru", "Димов")]
    public void The_deputy_is_the_one_whose_post_says_deputy(string question, string lang, string surname)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain(surname);
    }

    [Theory]
    [InlineData("Who was the deputy governor of Zhambyl region when the Bulgarian delegation came?", "en")]
    [InlineData("Болгар делегациясы келгенде Жамбыл облысы әкімінің орынбасары кім болды?", "kk")]
    [InlineData("Кто был заместителем акима Жамбылской области во время визита болгарской делегации?", "ru")]
    public void The_holder_of_the_post_is_no_answer_about_his_deputy(string question, string lang)
    {
        // Nor is his sentence shown as what the sources say of the deputy.
        var text = Ask(question, lang).Text;
        text.ShouldNotContain("Қарабаев");
        text.ShouldNotContain("Карабаев");
        text.ShouldNotContain("Karabayev");
        text.ShouldNotContain("Karabaev");
    }

    [Theory]
    [InlineData("Who was the Aktobe regional governor who received the Bulgarian deputy prime minister?", "en")]
    [InlineData("Who was the governor of Aktobe region when Bulgaria's deputy prime minister came?", "en")]
    public void A_deputy_named_further_on_is_someone_else_not_the_asked_post(string question, string lang)
    {
        // The question asks for the governor; the deputy prime minister is the guest it names.
        Ask(question, lang).Text.Split('\n')[0].ShouldMatch("Urazalin|Уразалин");
    }

    [Fact]
    public void The_mayor_is_not_his_deputy()
    {
        Ask("Who is the mayor of Burgas?", "en").Text.Split('\n')[0].ShouldContain("Stoykov");
    }
}
