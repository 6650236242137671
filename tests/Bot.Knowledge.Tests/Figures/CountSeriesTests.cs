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

    [Theory]
    [InlineData("Census results:\n1989 — Ethnic Bulgarians: 10,228\n1999 — Ethnic Bulgarians: 6,915\n2009 — Ethnic Bulgarians: 4,523")]
    [InlineData("Итоги переписей:\n1989 — Этнические болгары: 10 228\n1999 — Этнические болгары: 6 915\n2009 — Этнические болгары: 4 523")]
    [InlineData("Преброявания:\n1989 — Етнически българи: 10 228\n1999 — Етнически българи: 6 915\n2009 — Етнически българи: 4 523")]
    public void A_table_row_counts_what_its_column_header_names_for_its_own_year(string table)
    {
        var figures = FigureExtractor.Extract(table, (PartialDate?)null).Where(f => f.Metric == "diaspora_bg_in_kz").ToList();

        figures.Select(f => (f.Period.StartYear, f.Value)).ShouldBe([(1989, 10228), (1999, 6915), (2009, 4523)], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Census results:\n1999 — Ethnic Bulgarians, thousand: 6.9; Students: 915")]
    [InlineData("Bulgarians in the programme:\n1999 — Students: 6,915")]
    public void A_cell_whose_header_names_no_people_counts_none_of_them(string table) =>
        FigureExtractor.Extract(table, (PartialDate?)null).ShouldNotContain(f => f.Metric == "diaspora_bg_in_kz" && f.Value == 915 || f.Metric == "diaspora_bg_in_kz" && f.Value == 6915);
}
