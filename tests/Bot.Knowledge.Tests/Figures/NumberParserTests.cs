using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>How a number written in digits is read, as the four languages write them (every figure ingested is read so).</summary>
public sealed class NumberParserTests
{
    [Theory]
    [InlineData("375.2", 375.2)]
    [InlineData("375,2", 375.2)]
    [InlineData("1,234", 1234d)]
    [InlineData("0,123", 0.123)]
    [InlineData("12,345,678", 12345678d)]
    [InlineData("1 234", 1234d)]
    [InlineData("10\u00A0228", 10228d)]
    [InlineData("10\u202F228,5", 10228.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.234.567", 1234567d)]
    [InlineData("4.5.", 4.5)]
    [InlineData("120,", 120d)]
    public void A_number_is_read_as_its_language_writes_it(string written, double value) =>
        NumberParser.Parse(written).ShouldBe(value);

    [Theory]
    [InlineData("")]
    [InlineData(" ,. ")]
    [InlineData("abc")]
    public void Text_that_is_no_number_reads_as_none(string written) => NumberParser.Parse(written).ShouldBeNull();
}
