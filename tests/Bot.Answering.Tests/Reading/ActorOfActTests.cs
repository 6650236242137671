using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who appointed X ambassador" asks for the one who did the act, in any language the story is told in: the president who
/// signed the decrees, not the appointee, the predecessor he replaces or another official of the same story.
/// </summary>
public sealed class ActorOfActTests(ActorNewsFixture fixture) : IClassFixture<ActorNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Who appointed Kolev ambassador to Kazakhstan?", "en")]
    [InlineData("Кто назначил Колева послом в Казахстане?", "ru")]
    [InlineData("Кой назначи Огнян Колев за посланик в Казахстан?", "bg")]
    [InlineData("Колевті Болгарияның Қазақстандағы елшісі етіп кім тағайындады?", "kk")]
    public void Who_appointed_someone_is_the_one_whose_decrees_the_sentence_before_the_appointment_tells_of(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldMatch("Маринов|Marinov");
        answer.Text.Split('\n')[0].ShouldNotMatch("Илиев|Iliev|Колев|Kolev");
    }

    [Theory]
    [InlineData("Who appointed Serikbayev ambassador to Bulgaria?", "en")]
    [InlineData("Кой назначи Тимур Серикбаев за посланик в България?", "bg")]
    public void Who_appointed_someone_is_read_from_the_decree_that_names_its_signer(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldMatch("Нурланов|Nurlanov");
    }

    [Theory]
    [InlineData("Кто наградил Васила Димова орденом Дружбы?", "ru")]
    [InlineData("Васил Димовты кім марапаттады?", "kk")]
    public void Who_decorated_someone_is_the_one_after_by_not_the_minister_of_the_next_sentence(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldMatch("Nurlanov|Нурланов|Нұрланов");
    }
}
