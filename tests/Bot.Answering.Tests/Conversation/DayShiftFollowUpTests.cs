using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// "When did he hold talks with Tokayev?" — 5 April — "And whom did he meet the next day?": the follow-up asks of the day
/// after the one the last answer gave, in whatever document tells of it ("вчера" in an item of 7 April), and never of a
/// meeting the first item only recalls; "the day before" that no text tells of is refused.
/// </summary>
public sealed class DayShiftFollowUpTests(DayShiftFollowUpTests.Fixture fixture) : IClassFixture<DayShiftFollowUpTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("talks.md", Doc("Stoyanov in Astana", "2022-04-05", "en",
                "Bulgarian Foreign Minister Petar Stoyanov held talks with President Kassym-Jomart Tokayev in Astana today. "
                + "Stoyanov recalled his meeting with Prime Minister Alikhan Smailov last year in Sofia."));
            files.Write("karaganda.md", Doc("Болгарский министр посетил Караганду", "2022-04-07", "ru",
                "Вчера министр иностранных дел Болгарии Петр Стоянов встретился в Караганде с акимом области Ермаганбетом Булекпаевым. "
                + "Визит в Караганду стал продолжением его поездки в Казахстан."));
        }
    }

    Answer Ask(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat);

    [Theory]
    [InlineData("When did Petar Stoyanov hold talks with Tokayev?", "And whom did he meet the next day?", "en")]
    [InlineData("Когда министр Петр Стоянов провёл переговоры с Токаевым?", "А с кем он встретился на следующий день?", "ru")]
    public void The_next_day_counts_from_the_date_the_last_answer_gave(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Text.Split('\n')[0].ShouldContain("2022");

        var next = Ask(followUp, chat, lang);

        next.Kind.ShouldNotBe(AnswerKind.NotFound, next.Text);
        next.Text.Split('\n')[0].ShouldMatch("Bulekpaev|Булекпаев");
        next.Text.ShouldNotContain("Smailov");
    }

    [Fact]
    public void The_day_before_that_no_text_tells_of_is_refused_not_answered_by_a_recalled_meeting()
    {
        var chat = new ConversationState();
        Ask("When did Petar Stoyanov hold talks with Tokayev?", chat, "en");

        var before = Ask("And whom did he meet the day before?", chat, "en");

        before.Kind.ShouldBe(AnswerKind.NotFound, before.Text);
        before.Text.ShouldNotContain("Smailov");
        before.Text.Split('\n')[0].ShouldNotContain("Bulekpaev");
    }
}
