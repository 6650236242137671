using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store whose items answer near-alike questions about different things: two receptions, two events of one
/// customs post, the signing and ratification of one agreement, the first settlers of a region, a proposal and a proposal carried out, the growth of one good beside the whole exports', a four-month figure, the goods besides the main one.
/// </summary>
public sealed class FocusNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("reception-ru.md", Doc("Президент принял гостя из Софии", "2021-09-15", "ru",
            "Вчера в Акорде Касым-Жомарт Токаев принял вице-президента Болгарии Илияну Йотову."));
        files.Write("consultations-en.md", Doc("Consultations in Astana", "2021-09-20", "en",
            "Deputy Foreign Minister Roman Vassilenko received the Bulgarian ambassador to prepare the visit of the Bulgarian president."));
        files.Write("meeting-en.md", Doc("Premier meets the president of Bulgaria", "2025-06-10", "en",
            "Bulgarian President Rumen Radev met Prime Minister Olzhas Bektenov to discuss farm exports."));
        files.Write("speaker-en.md", Doc("Speaker's visit", "2015-11-10", "en",
            "Speaker Tsetska Tsacheva met Prime Minister Karim Massimov in Astana."));
        files.Write("customs-ru.md", Doc("Таможня в Бургасе", "2009-02-01", "ru",
            "Болгария признала новый таможенный пост для казахстанских грузов в Бургасе 4 мая 2006 года."));
        files.Write("customs-kk.md", Doc("Бургастағы кеден бекеті", "2009-03-01", "kk",
            "Бургастағы кеден бекеті 2007 жылғы қыркүйекте жұмысын бастады."));
        files.Write("treaty-en.md", Doc("Cultural exchange agreement", "2006-01-20", "en",
            "The agreement on cultural exchange between Kazakhstan and Bulgaria was signed in Sofia on 2 March 2004 and ratified by Kazakhstan's law of 10 June 2005."));
        files.Write("proposal-bg.md", Doc("Министърът в Бургас", "2024-04-02", "bg",
            "През 2023 г. пристанището обработи рекорден обем товари. Министърът предложи да бъде открит казахстански културен център в Бургас."));
        files.Write("proposal-en.md", Doc("A library in Varna", "2022-10-12", "en",
            "The Kazakh reading room proposed by the consul opened in Varna in May 2019."));
        files.Write("grain-ru.md", Doc("Зерно и торговля", "2023-02-10", "ru",
            "Экспорт Казахстана в Болгарию в 2022 году вырос на 20 % и достиг 150 млн долларов. "
            + "Экспорт казахстанской пшеницы в Болгарию в 2022 году вырос в 3,5 раза и достиг 12 млн долларов."));
        files.Write("months-ru.md", Doc("Торговля за четыре месяца", "2023-05-20", "ru",
            "За первые четыре месяца 2023 года товарооборот Казахстана и Болгарии превысил 50 млн долларов."));
        files.Write("goods-ru.md", Doc("Что везут в Болгарию", "2023-03-15", "ru",
            "Главным товаром казахстанского экспорта в Болгарию остаётся пшеница. "
            + "Помимо пшеницы, Казахстан поставляет в Болгарию цинк, медную проволоку и удобрения."));
        files.Write("settlers-kk.md", Doc("Қарағандыдағы болгарлар", "2020-05-05", "kk",
            "Алғашқы болгар қоныстанушылары Қарағанды облысына 1910 жылы келді."));
    }
}
