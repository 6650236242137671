using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news items whose sentences state several things of one kind, each in its own clause: dates of
/// several events of one agreement (signing, ratification, entry into force), a figure beside the period it is compared
/// with; and a Kazakh item that counts with a case ending on the number.
/// </summary>
public sealed class ClauseNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("culture.md", Doc("Culture agreement takes effect", "2016-04-20", "en",
            "The agreement on cooperation in culture between Kazakhstan and Bulgaria was signed in Astana on 9 November 2015. "
            + "It was approved by the Bulgarian government on 3 March 2016 and entered into force on 12 April 2016."));
        files.Write("tax.md", Doc("Конвенция ратифицирована", "1998-07-15", "ru",
            "Конвенция между Казахстаном и Болгарией об избежании двойного налогообложения, подписанная в Алматы 13 ноября 1997 года, "
            + "ратифицирована Законом № 269 от 9 июля 1998 года."));
        files.Write("nations.md", Doc("Достастық үйінде кездесу", "2019-10-08", "kk",
            "Павлодарда өткен кездесуде облыс әкімі аймақта 100-ден астам ұлт өкілдері тұратынын айтты. "
            + "Комиссияның 5-ші отырысы Софияда өтеді."));
        files.Write("exports.md", Doc("Экспорт растёт", "2023-08-14", "ru",
            "За январь–июнь 2023 года экспорт Казахстана в Болгарию составил 40,1 млн долларов — почти втрое больше, чем за тот же период прошлого года."));
        files.Write("relations-en.md", Doc("Thirty years of ties", "2022-06-04", "en",
            "Kazakhstan and Bulgaria established diplomatic relations on 5 June 1992, and the anniversary was marked in both capitals."));
        files.Write("relations-ru.md", Doc("Справка", "2015-02-11", "ru",
            "Документ об установлении дипломатических отношений между Казахстаном и Болгарией подписан 5 июня 1992 года, а уже в январе 1994 года Болгария открыла в Алматы своё посольство."));
        files.Write("investments-kk.md", Doc("Инвестициялар туралы келісім", "2001-09-03", "kk",
            "Инвестицияларды қорғау туралы келісімге 1999 жылы Софияда қол қойылды, ал ол 2001 жылғы 20 тамызда күшіне енді."));
        files.Write("nine-months.md", Doc("Торговля за девять месяцев", "2024-11-20", "ru",
            "За девять месяцев 2024 года товарооборот двух стран составил 210 млн долларов. Основу казахстанских поставок составили уран и ферросплавы."));
        files.Write("supplies-2022.md", Doc("Oil and wheat", "2023-02-01", "en",
            "Last year Kazakhstan mainly supplied crude oil and wheat to Bulgaria, the ministry said."));
        files.Write("exhibition.md", "---\ntitle: \"Көрме\"\ndate: 2014-03-04\n---\n\n*Алматы, 2014 жылғы 3 наурыз.*\n\n"
            + "Алматыда екі елдің суретшілерінің көрмесі ашылды.\n\nДереккөз: https://example.kz/almaty-joint-postal-stamps-print-run-2014\n");
        files.Write("exports-2021.md", Doc("Экспорт за 2021 год", "2022-02-10", "ru",
            "Экспорт Казахстана в Болгарию в 2021 году составил 52 млн долларов."));
        files.Write("school.md", Doc("Shymkent community news", "2021-05-10", "en",
            "A Bulgarian cultural centre opened in Shymkent in March. A Sunday school is planned to open in the city in 2022."));
        files.Write("port.md", Doc("Порт Актау", "2024-07-20", "ru",
            "На новый зерновой терминал порт Актау потратил 45 млн долларов — почти вдвое больше, чем планировалось."));
    }
}
