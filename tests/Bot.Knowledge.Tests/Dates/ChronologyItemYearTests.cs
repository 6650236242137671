using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A chronology's item that opens with its own year and a colon or dash ("2013: 5 March — …", "2012 ж. — 3 мамырда …")
/// dates its day in that year, not in the page's year; a year further into a sentence does not date a day before it.
/// </summary>
public sealed class ChronologyItemYearTests
{
    static readonly PartialDate Published = new(2024, 11, 20);

    [Theory]
    [InlineData("2013: 5 March — Varna and Aktau sign an agreement on twinning.", "2013-03-05")]
    [InlineData("2012 ж. — 3 мамырда Варна мен Ақтау бауырлас қалалар туралы келісімге қол қойды.", "2012-05-03")]
    [InlineData("2008 г. – 17 апреля в Астане прошёл первый казахстанско-болгарский бизнес-форум.", "2008-04-17")]
    [InlineData("2016 — 9 юни: в Алмати отвори врати български търговски дом.", "2016-06-09")]
    public void The_items_own_year_dates_its_day(string item, string date) =>
        DateFinder.Find(item, Published).First(d => d.Start.Day is not null).Start.ToString().ShouldBe(date);

    [Fact]
    public void A_year_later_in_the_sentence_does_not_date_the_day_before_it() =>
        DateFinder.Find("On 5 May the ministers discussed the plan — 2030 targets included.", Published)
            .First(d => d.Start.Day is not null).Start.ToString().ShouldBe("2024-05-05");
}
