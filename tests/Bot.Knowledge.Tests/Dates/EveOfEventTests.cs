using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// "Накануне" alone is the day before the item's date; before an event in the genitive it is "on the eve of" that event,
/// which dates nothing: an item of 7 June about a visit to come must not place the visit, or anything, on 6 June.
/// </summary>
public sealed class EveOfEventTests
{
    static readonly PartialDate Saturday = new(2025, 6, 7);

    [Theory]
    [InlineData("Накануне официального визита президента Болгарии в Астану корреспондент рассказывает, как развивались отношения.")]
    [InlineData("Накануне переговоров министры обменялись письмами.")]
    [InlineData("Накануне Дня независимости в посольстве прошёл приём.")]
    public void Before_an_event_in_the_genitive_it_dates_nothing(string sentence) =>
        DateFinder.Find(sentence, Saturday).ShouldBeEmpty();

    [Theory]
    [InlineData("Накануне президент провёл встречу с послом Болгарии.")]
    [InlineData("Как сообщалось накануне, делегация прибыла в Астану.")]
    [InlineData("Накануне в Астане открылся бизнес-форум.")]
    [InlineData("Накануне Токаев провёл переговоры с Радевым.")]
    public void Alone_it_is_still_the_day_before(string sentence) =>
        DateFinder.Find(sentence, Saturday).ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-06-06");
}
