using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Kazakh news written in the Latin alphabet of 2018, with acute letters ("qarasha", "jylǵy", "kúnderi"), which
/// agencies used before the alphabet of 2021: its dates, "this month" included, and the documents it says were signed
/// are read as in Cyrillic.
/// </summary>
public sealed class KazakhLatin2018NewsTests : IDisposable
{
    const string Item =
        "Qazaqstan men Bolgarııa parlamentteri kelisimge keldi\n\n" +
        "18 qarasha 2019, 11:05 · Qaralǵan: 2 311 · Avtor: Dına Serikqyzy\n\n" +
        "Osy aıdyń 12–14 kúnderi Bolgarııa parlamentiniń delegatsııasy Astanaǵa resmı saparmen keldi.\n\n" +
        "Sapar barysynda eki el parlamentteri arasyndaǵy yntymaqtastyq týraly memorandýmǵa qol qoıyldy.";

    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("Elshi 2017 jylǵy 5 shildede Sofııaǵa keldi.", "2017-07-05")]
    [InlineData("Kórme 2016 jylǵy 21 qarashada ashyldy.", "2016-11-21")]
    [InlineData("Ol 2014 jylǵy sáýirden beri elshi qyzmetin atqaryp keledi.", "2014-04")]
    public void A_date_in_the_2018_alphabet_is_read(string sentence, string expected) =>
        DateFinder.Find(sentence, new PartialDate(2026, 1, 1)).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("Osy aıdyń 12–14 kúnderi delegatsııa Astanaǵa keldi.")]
    [InlineData("Осы айдың 12–14 күндері делегация Астанаға келді.")]
    [InlineData("Делегация прибыла в Астану 12–14 числа этого месяца.")]
    public void Days_of_this_month_are_read_in_the_month_of_the_item(string sentence)
    {
        var date = DateFinder.Find(sentence, new PartialDate(2019, 11, 18)).ShouldHaveSingleItem();

        date.Start.ShouldBe(new PartialDate(2019, 11, 12));
        date.End.ShouldBe(new PartialDate(2019, 11, 14));
    }

    [Fact]
    public void A_day_of_this_month_in_English_is_read() =>
        DateFinder.Find("The delegation arrived on the 12th of this month.", new PartialDate(2019, 11, 18)).ShouldHaveSingleItem().Start
            .ShouldBe(new PartialDate(2019, 11, 12));

    [Theory]
    [InlineData("Осы айда 5 келісімге қол қойылды.")]
    [InlineData("The council approved 5 projects this month.")]
    public void A_number_beside_this_month_without_a_day_word_is_no_day(string sentence) =>
        DateFinder.Find(sentence, new PartialDate(2019, 11, 18)).ShouldHaveSingleItem().Start.ShouldBe(new PartialDate(2019, 11));

    [Theory]
    [InlineData("Osy aıdyń 12–14 kúnderi delegatsııa Astanaǵa keldi.")]
    [InlineData("Осы айдың 12–14 күндері делегация Астанаға келді.")]
    public void Days_of_this_month_are_no_length_of_time(string sentence) =>
        QuantityFinder.Find(sentence).ShouldNotContain(q => q.Unit == "days");

    [Theory]
    [InlineData("Delegatsııa Astanaǵa 3 kúndik saparmen keldi.")]
    [InlineData("Делегация Астанаға 3 күндік сапармен келді.")]
    public void A_visit_of_some_days_is_a_length_of_time(string sentence) =>
        QuantityFinder.Find(sentence).ShouldContain(q => q.Unit == "days" && q.Number.Value == 3);

    [Fact]
    public async Task The_page_date_this_month_and_the_signed_memorandum_are_read()
    {
        var (result, row) = await _files.IngestAsync("parlament-latyn.txt", Item);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2019-11-18");
        row.Lang.ShouldBe("kk");
        _files.Passages().ShouldNotContain(p => p.Contains("Qaralǵan"));
        var memorandum = _files.Store.Agreements.All().ShouldHaveSingleItem();
        memorandum.Kind.ShouldBe("memorandum");
        // Signed during the visit of the 12th to the 14th of the item's month.
        memorandum.Signed.ShouldNotBeNull();
        (memorandum.Signed.Value.Year, memorandum.Signed.Value.Month).ShouldBe((2019, 11));
    }

    public void Dispose() => _files.Dispose();
}
