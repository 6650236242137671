using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Metrics;

/// <summary>
/// The cue matchers compare a text's letters folded one by one, for most letters from a table: every character folds as
/// lowering it and folding the letter does, so a figure's cue is found in capitals, in Latin, Greek and Cyrillic text,
/// and with a typographic apostrophe, exactly as before the table.
/// </summary>
public sealed class FoldedTextTests
{
    [Fact]
    public void Every_character_folds_as_lowering_and_folding_it_does()
    {
        for (var c = char.MinValue; ; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var expected = lower == '\u2019' ? '\'' : Alphabet.Fold(lower);
            FoldedText.FoldChar(c).ShouldBe(expected, $"U+{(int)c:X4}");
            if (c == char.MaxValue) break;
        }
    }

    [Theory]
    [InlineData("EXPORTS OF KAZAKH OIL", "exports of kazakh oil")]
    [InlineData("ТОВАРООБОРОТ ЁМКОСТЬ", "товарооборот емкость")]
    [InlineData("СТОКООБОРОТЪТ", "стокооборотът")]
    [InlineData("ТАУАР АЙНАЛЫМЫ ӨСТІ", "тауар айналымы өсті")]
    [InlineData("Kazakhstan\u2019s", "kazakhstan's")]
    public void A_cue_written_in_capitals_reads_as_in_lower_case(string written, string folded)
    {
        var letters = FoldedText.Of(written, 0, written.Length, out var offset, out var rented);
        new string(letters, 0, written.Length).ShouldBe(folded);
        offset.ShouldBe(0);
        rented.ShouldBeFalse();
    }
}
