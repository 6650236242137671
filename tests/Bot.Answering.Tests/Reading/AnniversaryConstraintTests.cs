namespace Bot.Answering.Tests.Reading;

/// <summary>"The 20th anniversary" in a question is answered by a text that counts the years in words or in decades.</summary>
public sealed class AnniversaryConstraintTests(AnniversaryNewsFixture fixture) : IClassFixture<AnniversaryNewsFixture>
{
    [Fact]
    public void An_anniversary_asked_by_its_ordinal_is_found_where_the_text_counts_twenty_years()
    {
        var answer = fixture.Answerer.Answer("Which deputy mayor did Nurbol Sadykov meet for the 20th anniversary of the twinning?", "en");

        answer.Text.ShouldStartWith("Stefan Stoyanov");
    }

    [Fact]
    public void An_anniversary_asked_by_its_ordinal_is_found_where_the_text_counts_decades()
    {
        var answer = fixture.Answerer.Answer("Кто встречал болгарский театр кукол в Караганде на 30-летие его гастролей?", "ru");

        answer.Text.ShouldContain("Жумабеков");
    }

    [Fact]
    public void Another_anniversary_is_not_answered_by_that_count()
    {
        var answer = fixture.Answerer.Answer("Which deputy mayor did Nurbol Sadykov meet for the 25th anniversary of the twinning?", "en");

        answer.Text.ShouldNotStartWith("Stefan Stoyanov");
    }
}
