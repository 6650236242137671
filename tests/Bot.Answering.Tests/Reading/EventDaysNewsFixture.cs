using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store where a two-day visit is told by its first day, its range and its end, in three languages, and an
/// agreement's entry into force beside its term.
/// </summary>
public sealed class EventDaysNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("arrives-bg.md", Doc("Токаев идва в София", "2027-05-20", "bg",
            "Президентът Токаев пристига следващата седмица, на 26 май, и ще остане два дни в България."));
        files.Write("runs-en.md", Doc("Tokayev's state visit to Bulgaria", "2027-05-27", "en",
            "President Tokayev held talks in Sofia on the first day of his state visit to Bulgaria. The visit runs from 26 to 27 May."));
        files.Write("ended-kk.md", Doc("Сапар аяқталды", "2027-05-28", "kk",
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Болгария Республикасына мемлекеттік сапарын кеше аяқтады."));
        files.Write("in-force-ru.md", Doc("Соглашение вступило в силу", "2027-03-11", "ru",
            "10 марта 2027 года вступило в силу Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария "
            + "о сотрудничестве в области международных комбинированных перевозок. "
            + "Документ заключён на пять лет с автоматическим продлением на последующие пятилетние периоды."));
    }
}
