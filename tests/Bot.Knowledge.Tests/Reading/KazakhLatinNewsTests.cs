using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A news item in Kazakh written in the Latin alphabet of 2021, without metadata, gives what the same item in Cyrillic
/// gives: its dateline's date, its trade figure and the memorandum it says was signed, with its day, place and parties.
/// </summary>
public sealed class KazakhLatinNewsTests : IDisposable
{
    const string Item =
        "QAZAQSTAN MEN BOLGARIIA ENERGETIKA SALASYNDA KELISTI\n\n" +
        "Almaty, 2025 jylğy 3 qazan. Ötken jyly Qazaqstan men Bolgariia arasyndağy tauar ainalymy 410,2 mln dollarğa jettı.\n\n" +
        "2 qazanda Almatyda Qazaqstannyñ Energetika ministrlıgı men Bolgariianyñ Energetika ministrlıgı arasynda " +
        "jañartylatyn energiia közderı turaly memorandumğa qol qoiyldy.";

    readonly FileIngestion _files = new();

    async Task<DocumentRow> IngestAsync()
    {
        var (result, row) = await _files.IngestAsync("energy-kk-latn.txt", Item);
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        return row!;
    }

    [Fact]
    public async Task The_dateline_in_Latin_Kazakh_dates_the_item()
    {
        var row = await IngestAsync();

        row.Published.ShouldBe("2025-10-03");
        row.Lang.ShouldBe("kk");
    }

    [Fact]
    public async Task The_turnover_of_last_year_is_read_with_its_scale_and_currency()
    {
        await IngestAsync();

        var turnover = _files.SingleFigure("turnover", 2024);
        turnover.Value.ShouldBe(410.2);
        turnover.Scale.ShouldBe("million");
        turnover.Unit.ShouldBe("USD");
    }

    [Fact]
    public async Task The_signed_memorandum_has_its_day_place_and_the_two_ministries()
    {
        await IngestAsync();

        var memorandum = _files.Store.Agreements.All().ShouldHaveSingleItem();
        memorandum.Kind.ShouldBe("memorandum");
        memorandum.Signed.ShouldBe(new PartialDate(2025, 10, 2));
        memorandum.Place.ShouldBe("Almaty");
        memorandum.Parties.Select(p => (p.Name, p.Country)).ShouldBe(
            [("Qazaqstannyñ Energetika ministrlıgı", "KZ"), ("Bolgariianyñ Energetika ministrlıgı", "BG")]);
    }

    public void Dispose() => _files.Dispose();
}
