using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with English, Bulgarian and Kazakh items on trade routes and populations, asked about in another language.</summary>
public sealed class CrossLanguageNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("routes-en.md", Doc("Kazakh freight to the Balkans", "2024-02-14", "en",
            "Most Kazakh goods reach Bulgaria overland through Russia and Ukraine. A growing share now goes by the route through China to Europe and on by sea to Varna."));
        files.Write("shymkent-en.md", Doc("Shymkent seeks a direct flight", "2024-04-02", "en",
            "Shymkent, a city with a population of more than one million, hopes to open a direct flight to Sofia."));
        files.Write("trade-bg.md", Doc("Търговията с Казахстан", "2024-06-10", "bg",
            "Търговията между България и Казахстан се е увеличила с една трета. Износът на лекарства расте най-бързо."));
        files.Write("turkistan-kk.md", Doc("Түркістан туралы", "2024-05-15", "kk",
            "Түркістан қаласының халқы 200 мыңнан асады. Қала туристер үшін жаңа қонақ үйлер салып жатыр."));
        files.Write("fair-ru.md", Doc("Ярмарка в Астане", "2023-05-02", "ru",
            "В Астане открылась ярмарка болгарских вин. В ней приняли участие сорок производителей."));
    }
}
