using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A day dated "two years later" than a year the sentence before stated is that day of the counted year — not of the
/// earlier year, and not of the item's own.
/// </summary>
public sealed class CountedDateTests(CountedDateNewsFixture fixture) : IClassFixture<CountedDateNewsFixture>
{
    [Fact]
    public void A_Russian_move_two_years_after_the_opening_is_dated_in_the_counted_year()
    {
        var answer = fixture.Answerer.Answer("Когда болгарский центр в Караганде переехал в новое здание?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldStartWith("14 апреля 2017");
    }

    [Fact]
    public void An_English_move_three_years_later_is_dated_in_the_counted_year()
    {
        var answer = fixture.Answerer.Answer("When did the Kazakh language course move to Plovdiv University?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldStartWith("9 October 2015");
    }
}
