using Bot.Answering.Composing;
using Bot.Answering.Conversation;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A day and month "of the same year" are of the year the text stated before them, not of the item's date; and a
/// follow-up about another event of the same thing is answered by the sentence about that event, not the last one shown.
/// </summary>
public sealed class SameYearTests(SameYearNewsFixture fixture) : IClassFixture<SameYearNewsFixture>
{
    Answer Ask(string question, string lang, ConversationState? chat = null) => fixture.Answerer.Answer(question, lang, chat);

    [Fact]
    public void A_follow_up_about_the_opening_is_answered_with_the_opening_day_in_the_year_of_the_decision()
    {
        var chat = new ConversationState();
        Ask("Когда приняли решение о создании болгарского культурного центра в Таразе?", "ru", chat).Text.ShouldStartWith("12 февраля 2019");

        var answer = Ask("А когда было торжественное открытие?", "ru", chat);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("30 ноября 2019");
    }

    [Fact]
    public void A_Kazakh_date_of_that_same_year_takes_the_year_stated_before()
    {
        var answer = Ask("Ақтаудағы болгар тілі курсы қашан жұмысын бастады?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("2020 жылғы 1 қыркүйек");
    }

    [Fact]
    public void An_English_date_of_that_same_year_takes_the_year_of_the_signing()
    {
        var answer = Ask("When did the first exchange of pupils of the twin towns take place?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("12 October 2016");
    }
}
