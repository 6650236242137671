using Bot.Answering.Composing;
using Bot.Answering.Conversation;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// "And whom did the consul meet then?" after a question about the 25th anniversary keeps that anniversary: the meeting
/// told "on the occasion of the jubilee" two sentences after the ordinal answers it, the meeting at the 20th does not.
/// </summary>
public sealed class AnniversaryFollowUpTests(AnniversaryFollowUpNewsFixture fixture) : IClassFixture<AnniversaryFollowUpNewsFixture>
{
    Answer Ask(string question, string lang, ConversationState chat) => fixture.Answerer.Answer(question, lang, chat);

    [Theory]
    [InlineData("Who was the chairman of the Kazakh chamber at the 25th anniversary of the partnership?", "And whom did consul Abenov meet then?", "en", "Kotsev")]
    [InlineData("Кто был председателем казахстанской палаты во время 25-летия партнёрства?", "А с кем тогда встретился консул Абенов?", "ru", "Коцев")]
    public void A_follow_up_keeps_the_anniversary_of_the_turn_before(string first, string followUp, string lang, string surname)
    {
        var chat = new ConversationState();
        Ask(first, lang, chat);
        var answer = Ask(followUp, lang, chat);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain(surname);
        answer.Text.ShouldNotContain("Nikolov");
    }
}
