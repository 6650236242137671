using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news items that date several events of one agreement in one sentence (signing, ratification,
/// entry into force), and a Kazakh item that counts with a case ending on the number.
/// </summary>
public sealed class TreatyNewsFixture : NewsFixture
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
    }
}
