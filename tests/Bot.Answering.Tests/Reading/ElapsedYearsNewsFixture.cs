using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with a report counting the years since a date it states, and other news.</summary>
public sealed class ElapsedYearsNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("school-en.md", Doc("Sunday school anniversary", "2023-09-15", "en",
            "Teachers and parents gathered in Almaty: it is twenty years since the first Bulgarian Sunday school opened in the city in September 2003."));
        files.Write("fair-en.md", Doc("Trade fair", "2023-05-02", "en", "A trade fair of Bulgarian wine opened in Astana. Forty producers took part."));
        files.Write("forum-ru.md", Doc("Форум в Софии", "2023-06-12", "ru",
            "В Софии прошёл форум казахстанских и болгарских логистических компаний. Участники обсудили новые маршруты."));
    }
}
