using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with short news items whose sentences date things relative to the article's own date.</summary>
public sealed class DatedNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("commission.md", Doc("Commission meets in Sofia", "2025-06-08", "en",
            "The intergovernmental commission has met regularly since its fourth session in Astana. "
            + "In May the fifth session of the commission was held in Sofia, co-chaired by the two economy ministers."));
        files.Write("museum.md", Doc("Новая выставка в Шымкенте", "2022-03-16", "ru",
            "Позавчера в областном музее Шымкента открылась выставка болгарской иконописи. Её привезли из Пловдива."));
        files.Write("grain.md", Doc("Grain talks in Kostanay", "2021-09-02", "en",
            "Delegations from both countries discussed grain logistics in Kostanay. The talks were described as constructive."));
        files.Write("council.md", Doc("Business council meets", "2020-05-20", "en",
            "The fourth meeting of the joint business council took place in Plovdiv last month. A fifth meeting is planned for Shymkent."));
        files.Write("street.md", Doc("Итоги года в Пловдиве", "2023-01-20", "ru",
            "Прошлый год запомнился и культурными событиями. В конце декабря в Пловдиве появилась улица «Шымкент» — подарок городу-побратиму."));
        files.Write("fair.md", Doc("Plovdiv fair", "2023-06-02", "en",
            "In May a new street of stalls was opened at the Plovdiv fair, and a trade mission from Shymkent visited it."));
    }
}
