using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store where a commission's co-chairs, one for each side, are named in one sentence, and the chairman of an
/// industrial park an ambassador visited is named in another language.
/// </summary>
public sealed class SharedPostNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("commission.md", Doc("Ministers prepare the commission's session", "2025-03-12", "en",
            "The sixth session of the Kazakhstan–Bulgaria intergovernmental commission will be held in Astana in the autumn. "
            + "The commission is co-chaired by Kazakhstan's Trade Minister Aidos Serikbayev and Bulgaria's Energy Minister Kalin Marinov. "
            + "Both ministers spoke by phone on Tuesday."));
        files.Write("park.md", Doc("Посол посетил Пловдив", "2025-04-20", "ru",
            "Посол Казахстана Нурлан Амиров посетил Пловдив. "
            + "В ходе поездки он побывал в индустриальном парке «Рила», председатель которого Стоян Генов рассказал о планах расширения."));
    }
}
