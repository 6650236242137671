using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A series of counts that names what it counts once ("10,420 Bulgarians in 1970, 10,064 in 1979 and 4,523 in 2009")
/// gives every count with its own year, in any of the four languages.
/// </summary>
public sealed class CountSeriesTests
{
    [Theory]
    [InlineData("Censuses counted 9,870 Bulgarians in Kazakhstan in 1979, 9,412 in 1989 and 6,915 in 1999.")]
    [InlineData("Переписи насчитали в Казахстане 9 870 болгар в 1979 году, 9 412 в 1989 году и 6 915 в 1999 году.")]
    [InlineData("Преброяванията отчитат 9 870 българи в Казахстан през 1979 г., 9 412 през 1989 г. и 6 915 през 1999 г.")]
    [InlineData("Санақтар бойынша Қазақстанда 1979 жылы 9 870 болгар, 1989 жылы 9 412 және 1999 жылы 6 915 болды.")]
    public void Every_count_of_a_series_keeps_its_own_year(string sentence)
    {
        var figures = FigureExtractor.Extract(sentence, (PartialDate?)null).Where(f => f.Metric == "diaspora_bg_in_kz").ToList();

        figures.Select(f => (f.Period.StartYear, f.Value)).ShouldBe([(1979, 9870), (1989, 9412), (1999, 6915)], ignoreOrder: true);
    }
}
