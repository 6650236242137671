using Bot.Answering.Conversation;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// "And what was the figure a year earlier?" asks the last question's amount for the year before, however it names the
/// amount ("the figure", "этот показатель", "цифрата"): it is no list of things to read from a text.
/// </summary>
public sealed class FigureFollowUpTests(TradeYearsFixture fixture) : IClassFixture<TradeYearsFixture>
{
    string First(ConversationState chat, string question, string lang) => fixture.Answerer.Answer(question, lang, chat).Text.Split('\n')[0];

    [Theory]
    [InlineData("What was the trade turnover between Kazakhstan and Bulgaria in 2024?", "And what was the figure a year earlier?", "en", "298.7")]
    [InlineData("Каким был товарооборот Казахстана и Болгарии в 2024 году?", "А каким был этот показатель годом ранее?", "ru", "298,7")]
    [InlineData("Какъв беше стокообменът между Казахстан и България през 2024 г.?", "А каква е била цифрата година по-рано?", "bg", "298,7")]
    public void The_figure_a_year_earlier_is_the_same_amount_of_the_year_before(string first, string followUp, string lang, string value)
    {
        var chat = new ConversationState();
        First(chat, first, lang).ShouldContain("412");
        First(chat, followUp, lang).ShouldContain(value);
    }
}
