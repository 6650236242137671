using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A quantity whose sentence names only "the volume" and "a year earlier" ("Годом ранее объём составлял 2,76 млн тонн")
/// measures the goods the sentence before it named, on its route, for the year before that sentence's year — never the
/// trade total, and never a length in kilometres. Sentences of our own, in four languages.
/// </summary>
public sealed class CarriedQuantityTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    [Theory]
    [InlineData("en", "In 2024, 4.5 million tonnes of cargo were carried along the Trans-Caspian route. A year earlier the volume was 2.76 million tonnes. The route is about 11 thousand km long.")]
    [InlineData("ru", "В 2024 году по Транскаспийскому маршруту перевезли 4,5 млн тонн грузов. Годом ранее объём составлял 2,76 млн тонн. Протяжённость маршрута около 11 тысяч км.")]
    [InlineData("bg", "През 2023 г. по Транскаспийския маршрут са превозени 2,76 млн. тона товари. През 2024 г. обемът е достигнал 4,5 млн. тона. Маршрутът е дълъг около 11 хиляди км.")]
    [InlineData("kk", "2024 жылы Транскаспий бағыты бойынша 4,5 млн тонна жүк тасымалданды. Бір жыл бұрын көлемі 2,76 млн тонна болды. Бағыттың ұзындығы шамамен 11 мың км.")]
    public async Task The_volume_a_year_earlier_is_the_same_route_s_cargo_for_the_year_before(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2025-06-09", body);

        var earlier = figures.Where(f => f.Value == 2.76).ShouldHaveSingleItem(NewsItemIngestion.Listed(figures));
        earlier.Metric.ShouldBe("titr_cargo");
        earlier.Period.ShouldBe(Period.Year(2023));
        var later = figures.Where(f => f.Value == 4.5).ShouldHaveSingleItem(NewsItemIngestion.Listed(figures));
        later.Metric.ShouldBe("titr_cargo");
        later.Period.ShouldBe(Period.Year(2024));
        figures.ShouldNotContain(f => f.Value == 11);
    }

    [Fact]
    public async Task The_volume_whose_own_period_is_not_read_is_not_given_the_year_before_it()
    {
        var figures = await _news.IngestAsync("en", "2025-06-09",
            "In 2024, 4.5 million tonnes of cargo were carried along the Trans-Caspian route. Later on the volume was 2.76 million tonnes.");

        figures.ShouldNotContain(f => f.Value == 2.76, NewsItemIngestion.Listed(figures));
    }

    public void Dispose() => _news.Dispose();
}
