using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with the origin and arrival year of a community's first settlers, another item in which settlers
/// moved somewhere in another year, a sentence that says its sources give two counts of one thing, and a city's inhabitants.
/// </summary>
public sealed class SettlersNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("greeks-ru.md", Doc("Греки Казахстана", "2024-06-01", "ru",
            "Греческая община Казахстана насчитывает несколько тысяч человек.\n\n"
            + "Первые греческие переселенцы прибыли в Караганду в 1936 году, а корни переселенцев — в Крыму."));
        files.Write("centre-ru.md", Doc("Новый центр", "2016-03-01", "ru",
            "В 2015 году греческие переселенцы и их потомки переехали в новый культурный центр в Алматы."));
        files.Write("students-en.md", Doc("Students", "2022-09-01", "en",
            "Estimates vary: one survey counted about 2,000 Bulgarian students in Kazakhstan, while the ministry reports nearly 3,500."));
        files.Write("aktau-en.md", Doc("Aktau port grows", "2023-05-10", "en",
            "The port city of Aktau on the Caspian Sea has about 180,000 inhabitants."));
    }
}
