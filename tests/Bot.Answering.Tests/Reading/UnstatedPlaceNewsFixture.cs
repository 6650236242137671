using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with news items that tell who met and what was shown, but not where.</summary>
public sealed class UnstatedPlaceNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("talks-ru.md", Doc("Казахстан и Болгария провели консультации", "2019-04-12", "ru",
            "Состоялись очередные политические консультации двух министерств. Казахстанскую делегацию возглавил заместитель министра Асхат Оразбаев, болгарскую — Петко Дойков."));
        files.Write("exhibition-en.md", Doc("Photographs of the steppe", "2021-09-20", "en",
            "A photo exhibition on the steppe's wildlife was opened by the ambassador Aidos Kemelov. Visitors saw more than eighty pictures."));
    }
}
