using Bot.Llm.Grounding;

namespace Bot.Llm.Tests;

/// <summary>Numbers as the four languages write them, read to every value they can mean.</summary>
public sealed class NumberMentionsTests
{
    [Theory]
    [InlineData("375,2 млн", 375_200_000)]
    [InlineData("$375.2 million", 375_200_000)]
    [InlineData("375.2 mln USD", 375_200_000)]
    [InlineData("1 234", 1234)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("1,234", 1234)]
    [InlineData("1,234", 1.234)]
    [InlineData("1.234.567", 1_234_567)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("12,5 %", 12.5)]
    [InlineData("1 млрд долларов", 1e9)]
    [InlineData("60 мың", 60_000)]
    [InlineData("$5k", 5_000)]
    [InlineData("2 milliards", 2e9)]
    public void A_written_number_can_be_read_as(string written, double value)
    {
        var mention = NumberMentions.Find(written).ShouldHaveSingleItem();

        mention.Values.ShouldContain(v => Math.Abs(v - value) < 1e-6);
    }

    [Fact]
    public void Digits_inside_a_word_or_an_id_are_not_numbers()
    {
        NumberMentions.Find("fact F12 and X5 and B2B").ShouldBeEmpty();
    }
}
