using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Events dated only by words relative to their item ("Ертең", "өткен айдың 26-сында", "this autumn"), a residence named
/// without quotation marks in Kazakh, an interview, and a "Read also" teaser of another forum with a date of its own.
/// </summary>
public sealed class EventDateNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("radev-kk.md", Doc("Тоқаев пен Радев келіссөз жүргізді", "2025-06-09", "kk",
            "Бүгін Ақордада Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстанға ресми сапармен келген Болгария Президенті Румен Радевпен келіссөз жүргізді.\n\n"
            + "Сапар аясында Румен Радев Ұлттық ғарыш орталығында болды. Ертең Болгария Президенті Өзбекстанға ресми сапармен барады."));
        files.Write("forum-kk.md", Doc("Пловдивте қазақстандық делегация болды", "2023-05-10", "kk",
            "Қазақстан елшісі Пловдив өңірінің кәсіпкерлерімен кездесті.\n\n"
            + "Еске сала кетейік, өткен айдың 26-сында Қазақ-болгар бизнес-форумы өтті. Форумда екі елдің кәсіпкерлері сауда мен инвестицияны талқылады.\n\n"
            + "Читайте также:\n\n- В Астане прошёл бизнес-форум Казахстан – Греция – 18 октября 2023"));
        files.Write("interview-en.md", Doc("Chargé d'affaires: our road map is a working tool", "2014-07-22", "en",
            "*Petar Stoyanov has been Bulgaria's chargé d'affaires in Astana since 2013. In an interview with our newspaper he spoke about the plans.*\n\n"
            + "**Are any high-level visits planned?**\n\n"
            + "Yes. A visit of Foreign Minister Erlan Idrissov to Bulgaria is planned for this autumn. The dates are still being agreed."));
    }
}
