using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with news items whose leads tell an event without its date, one under a dateline, one stating a plan.</summary>
public sealed class ReportDateNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("karaganda.md", Doc("Встреча в Караганде", "2022-11-15", "ru",
            "В Караганде прошла встреча болгарской общины с акимом области.\n\nУчастники обсудили открытие воскресной школы."));
        files.Write("mission.md", "---\ntitle: \"Trade mission at the tech park\"\ndate: 2024-04-04\nlang: en\n---\n\n*Astana, 4 April 2024*\n\n"
            + "A Bulgarian trade mission toured the Astana Hub technology park.\n\nIts members met twelve start-up founders.\n");
        files.Write("ensemble.md", Doc("Ансамбъл на турне", "2023-01-10", "bg",
            "Български фолклорен ансамбъл планира турне в Павлодар."));
        files.Write("films-undated.md", Doc("Film week in Plovdiv", "2024-10-05", "en",
            "The Kazakh-Bulgarian film week opened in Plovdiv with a documentary about the steppe."));
        files.Write("films-dated.md", Doc("Седмица на казахското кино", "2024-10-07", "bg",
            "Казахско-българската седмица на киното беше открита в Пловдив на 3 октомври 2024 г."));
        files.Write("school.md", Doc("Sunday school news", "2021-03-01", "en",
            "Teachers from Sofia arrived in Taraz on 20 February 2021.\n\nLater a Bulgarian Sunday school began classes in Taraz."));
    }
}
