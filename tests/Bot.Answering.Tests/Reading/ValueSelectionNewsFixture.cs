using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>News items stating several values of one kind side by side, written for <see cref="ValueSelectionTests"/>.</summary>
public sealed class ValueSelectionNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("students.md", Doc("Students in both countries", "2024-10-01", "en",
            "According to the ministries, 140 Kazakh students attend universities in Bulgaria, while in Kazakhstan 65 Bulgarian students are enrolled."));
        files.Write("goods.md", Doc("Структура экспорта", "2024-03-20", "ru",
            "Экспорт Казахстана в Болгарию за 2023 год составил 210 млн долларов. Основу поставок составили пшеница (12 процентов) и цинк (9 процентов)."));
        files.Write("investment.md", Doc("Investment keeps rising", "2024-05-14", "en",
            "Kazakh direct investment in Bulgaria amounted to $12.4 million in 2023, a rise of 31.5 percent on the previous year. Bulgarian imports from Kazakhstan rose 4.2 percent in 2023."));
    }
}
