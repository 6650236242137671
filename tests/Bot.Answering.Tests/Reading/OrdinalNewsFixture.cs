using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with items stating a city's place in an order of twin cities, beside days of months and other numbers.</summary>
public sealed class OrdinalNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("varna-en.md", Doc("Varna and Aktau become twin cities", "2024-03-12", "en",
            "The mayor of Varna and the akim of Aktau signed a twinning memorandum on the 11th of March. With it Aktau became the 29th twin city of Varna. "
            + "Three hundred guests attended the ceremony in the Festival and Congress Centre."));
        files.Write("smolyan-bg.md", Doc("Смолян и Туркестан", "2023-09-20", "bg",
            "Кметът на Смолян и акимът на Туркестан подписаха споразумение за побратимяване на 19-ти септември. Туркестан стана петият побратим на Смолян."));
        files.Write("fair-ru.md", Doc("Ярмарка в Астане", "2023-05-02", "ru",
            "В Астане открылась ярмарка болгарских вин. В ней приняли участие сорок производителей."));
    }
}
