using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with items telling two events of one thing in two paragraphs, the second dated only by "the same
/// year" of the first.
/// </summary>
public sealed class SameYearNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("taraz-ru.md", Doc("Культурный центр в Таразе", "2021-05-20", "ru",
            "Решение о создании болгарского культурного центра в Таразе приняли 12 февраля 2019 года. Средства выделил акимат.\n\n"
            + "Торжественное открытие центра состоялось 30 ноября того же года."));
        files.Write("aktau-kk.md", Doc("Ақтаудағы тіл курсы", "2023-04-10", "kk",
            "Ақтауда болгар тілі курсын ашу туралы келісімге 2020 жылғы 5 наурызда қол қойылды. Курсқа жиырма тыңдаушы жазылды.\n\n"
            + "Курс сол жылғы 1 қыркүйекте жұмысын бастады."));
        files.Write("twinning-en.md", Doc("Twin towns", "2019-02-01", "en",
            "The twinning agreement between Ruse and Kostanay was signed on 4 May 2016. Both mayors praised the schools of the two towns.\n\n"
            + "The first exchange of pupils followed on 12 October that same year."));
    }
}
