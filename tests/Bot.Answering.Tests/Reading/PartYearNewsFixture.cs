using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>One year's trade stated twice: for its first eleven months by one item, for the whole year by a later one.</summary>
public sealed class PartYearNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("bns-ru.md", Doc("Товарооборот за одиннадцать месяцев", "2025-01-20", "ru",
            "По данным Бюро национальной статистики, товарооборот Казахстана и Болгарии за январь–ноябрь 2024 года составил 349,8 млн долларов."));
        files.Write("year-en.md", Doc("Trade in 2024", "2025-03-10", "en",
            "Trade between Kazakhstan and Bulgaria reached $375.2 million in 2024, the ministry said."));
    }
}
