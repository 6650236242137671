using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with Cyrillic items stating how long a visit lasted, about a person English spells "Io…"/"Yo…".</summary>
public sealed class DurationNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("visit-kk.md", Doc("Болгар министрі Алматыда", "2023-04-18", "kk",
            "Мемлекет басшысы Ақордада Болгария вице-премьері Юлия Йорданованы қабылдады. Йорданова Қазақстанға болгар қауымдастығының шақыруымен үш күндік сапармен келді."));
        files.Write("visit-ru.md", Doc("Болгарский министр в Астане", "2023-09-12", "ru",
            "Министр экономики Болгарии Богдан Богданов прибыл в Астану с двухдневным визитом. Он встретился с руководством министерства торговли."));
        files.Write("visit-bg.md", Doc("Министър Стоянов в Алмати", "2023-10-03", "bg",
            "Министърът на туризма Евтим Стоянов пристигна в Алмати на четиридневно посещение. Той откри туристическо изложение."));
        // A festival told with its days, and a forum told only with how many delegations came: "how long" asks for the first kind.
        files.Write("festival-en.md", Doc("Kazakh culture in Varna", "2024-03-12", "en",
            "A festival of Kazakh culture opened in Varna. The festival lasted five days. Two delegations of craftsmen from Mangystau took part in the trade forum in Burgas."));
        // Other news, so the visit's words are rarer than the store's everyday ones.
        files.Write("fair-en.md", Doc("Trade fair", "2023-05-02", "en", "A trade fair of Bulgarian wine opened in Astana. Forty producers took part."));
        files.Write("forum-ru.md", Doc("Форум в Софии", "2023-06-12", "ru",
            "В Софии прошёл форум казахстанских и болгарских логистических компаний. Участники обсудили новые маршруты."));
    }
}
