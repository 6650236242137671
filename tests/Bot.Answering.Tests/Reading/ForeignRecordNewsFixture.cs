using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store whose items are written in another language than the questions asked of them: a Bulgarian protocol
/// of intent, a Kazakh item dating a creation by its decree, a Russian count of companies placed in one country, and a
/// convention whose text states only its signing.
/// </summary>
public sealed class ForeignRecordNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("burgas-bg.md", Doc("Бургас подписа протокол", "2011-05-06", "bg",
            "Кметът на Бургас Димитър Николов и акимът на Атърау подписаха протокол за намерения за сътрудничество в Бургас на 5 май 2011 г."));
        files.Write("library-kk.md", Doc("Ұлттық академиялық кітапхана", "2019-04-02", "kk",
            "Ұлттық академиялық кітапхана Үкіметтің 2004 жылғы 17 ақпандағы қаулысымен құрылған. "
            + "2016 жылдың қыркүйегінде кітапхана жанында жас ғалымдар орталығы құрылды."));
        files.Write("firms-ru.md", Doc("Болгарский бизнес в Казахстане", "2023-03-02", "ru",
            "Около 50 компаний с болгарским капиталом работают в Казахстане, сообщило посольство."));
        files.Write("tax-en.md", Doc("Tax convention", "1997-11-14", "en",
            "The convention on the avoidance of double taxation between Kazakhstan and Bulgaria was signed in Almaty on 13 November 1997."));
    }
}
