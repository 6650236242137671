using Bot.Answering.Conversation;
using Bot.Knowledge.Text;

namespace Bot.Answering.Tests.Conversation;

/// <summary>How many days a follow-up's words move from the last answer's date.</summary>
public sealed class DayShiftWordsTests
{
    [Theory]
    [InlineData("And the next day?", 1)]
    [InlineData("А на следващия ден?", 1)]
    [InlineData("А на по-следващия ден?", 2)]
    [InlineData("And the day after next?", 2)]
    [InlineData("А накануне?", -1)]
    [InlineData("And in 2019?", 0)]
    public void A_follow_up_moves_by_the_days_its_words_say(string question, int days) =>
        FollowUpWords.Default.DayShift(Tokenizer.Words(TextNormalizer.Fold(question)).ToList()).Days.ShouldBe(days);
}
