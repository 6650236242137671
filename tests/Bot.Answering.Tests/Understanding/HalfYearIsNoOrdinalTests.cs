using Bot.Answering.Understanding;

namespace Bot.Answering.Tests.Understanding;

/// <summary>
/// "The first half of 2024" says when, in every language: its "first" is no ordinal the evidence must state ("which
/// session"), so a half-year figure is not refused for lacking a "first" of its own.
/// </summary>
public sealed class HalfYearIsNoOrdinalTests
{
    [Theory]
    [InlineData("2024 жылдың бірінші жартысында Болгарияға қанша мұнай жөнелтілді?")]
    [InlineData("Сколько нефти отправили в Болгарию в первой половине 2024 года?")]
    [InlineData("Колко петрол е изнесен за България през първата половина на 2024 г.?")]
    public void The_first_half_of_a_year_is_a_period_not_an_ordinal(string question) =>
        QuestionOrdinals.Find(question).ShouldBeEmpty();

    [Fact]
    public void A_sessions_ordinal_is_still_read() =>
        QuestionOrdinals.Find("Когда прошло третье заседание межправительственной комиссии?").ShouldBe([3]);
}
