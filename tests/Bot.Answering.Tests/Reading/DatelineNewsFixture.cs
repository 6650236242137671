using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with reports that open with the place they were filed from, telling of events elsewhere.</summary>
public sealed class DatelineNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("ensemble-en.md", Doc("Folk ensemble on tour", "2023-07-10", "en",
            "VARNA – The Kazakh folk ensemble Sazgen, touring the Black Sea coast, gave its only concert of the year yesterday in Plovdiv."));
        files.Write("ensemble-ru.md", Doc("Гастроли ансамбля", "2023-08-14", "ru",
            "БУРГАС — Казахстанский танцевальный ансамбль «Шалкыма» выступил в субботу в Шумене на фестивале фольклора."));
        files.Write("fair-en.md", Doc("Trade fair", "2023-05-02", "en", "A trade fair of Bulgarian wine opened in Astana. Forty producers took part."));
    }
}
