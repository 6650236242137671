using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Rose by $2.5 million to $14 million": a question for what something costs gets the level it came to, one asking by
/// how much it grew gets the change.
/// </summary>
public sealed class ChangeAmountTests(ChangeAmountTests.Fixture fixture) : IClassFixture<ChangeAmountTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("terminal.md", Doc("Grain terminal", "2024-04-20", "en",
                "The cost of the new grain terminal in Aktau rose by $2.5 million to $14 million after the design was changed."));
            files.Write("varna.md", Doc("Логистический центр", "2024-05-02", "ru",
                "В 2024 году стоимость строительства логистического центра в Варне выросла на 3 млн евро и достигла 21 млн евро."));
        }
    }

    [Theory]
    [InlineData("How much does the new grain terminal in Aktau cost?", "en", "14")]
    [InlineData("Сколько стоит строительство логистического центра в Варне?", "ru", "21")]
    [InlineData("Колко струва изграждането на логистичния център във Варна?", "bg", "21")]
    public void A_question_for_the_level_gets_the_level_not_the_change(string question, string lang, string level)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.TrimStart('$', '€').ShouldStartWith(level);
    }

    [Theory]
    [InlineData("By how much did the cost of the grain terminal in Aktau rise?", "en", "2")]
    [InlineData("На сколько выросла стоимость строительства логистического центра в Варне?", "ru", "3")]
    public void A_question_for_the_change_gets_the_change(string question, string lang, string change)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.TrimStart('$', '€').ShouldStartWith(change);
    }
}
