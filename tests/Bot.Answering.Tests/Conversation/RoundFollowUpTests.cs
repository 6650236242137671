using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A Bulgarian chronology of the commission's sessions, one a line, out of order, with a business forum among them.
/// </summary>
public sealed class SessionRoundsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("chronology-bg.md", Doc("Хронология на Междуправителствената комисия България – Казахстан", "2024-11-05", "bg",
            "- 2019 г. – Шестото заседание на Междуправителствената комисия се провежда в Алмати.\n"
            + "- 2022 г. – Седмото заседание на Междуправителствената комисия се провежда в Астана.\n"
            + "- 30 октомври 2024 г. – Осмото заседание на Междуправителствената комисия се провежда в София.\n"
            + "- 2023 г. – Бизнес форум във Варна."));
    }
}

/// <summary>
/// "And the previous one?" after a question on the eighth session asks of the seventh, "А следующее?" after the seventh
/// of the eighth: the same question of the round before or after, never the last answer again; a round no source tells
/// is refused.
/// </summary>
public sealed class RoundFollowUpTests(SessionRoundsFixture fixture) : IClassFixture<SessionRoundsFixture>
{
    string First(ConversationState chat, string question, string lang) => fixture.Answerer.Answer(question, lang, chat).Text.Split('\n')[0];

    [Theory]
    [InlineData("Where was the eighth session of the intergovernmental commission held?", "And the previous one?", "en", "Sofia", "Astana")]
    [InlineData("Где прошло седьмое заседание межправительственной комиссии?", "А следующее?", "ru", "Астана", "София")]
    [InlineData("Үкіметаралық комиссияның жетінші отырысы қайда өтті?", "Ал алдыңғысы ше?", "kk", "Астана", "Алмат")]
    [InlineData("Къде се проведе седмото заседание на междуправителствената комисия?", "А следващото?", "bg", "Астана", "София")]
    public void The_round_before_or_after_is_asked_of_that_round(string first, string followUp, string lang, string asked, string neighbour)
    {
        var chat = new ConversationState();
        First(chat, first, lang).ShouldContain(asked);
        var answer = First(chat, followUp, lang);
        answer.ShouldContain(neighbour);
        answer.ShouldNotContain(asked);
    }

    [Fact]
    public void A_round_no_source_tells_is_refused_not_answered_with_the_last_one()
    {
        var chat = new ConversationState();
        First(chat, "Къде се проведе шестото заседание на междуправителствената комисия?", "bg").ShouldContain("Алмат");
        var answer = fixture.Answerer.Answer("А предишното?", "bg", chat);
        answer.Kind.ShouldBe(Bot.Answering.Composing.AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain("Алмат");
    }
}
