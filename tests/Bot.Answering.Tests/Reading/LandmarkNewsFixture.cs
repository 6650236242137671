using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with items telling where people walked by a landmark alone, and talks held in a city at a landmark.</summary>
public sealed class LandmarkNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("varna-en.md", Doc("Varna and Aktau become twin cities", "2024-03-12", "en",
            "The mayors of Varna and Aktau signed a twinning memorandum. After the ceremony the two mayors walked on the Bridge of Lovers and laid flowers."));
        files.Write("burgas-ru.md", Doc("Посол Казахстана посетил Бургас", "2023-07-05", "ru",
            "Посол Казахстана в Болгарии Виктор Темирбаев посетил Бургас. Вместе с мэром Димитром Николовым посол прогулялся в Приморском парке и осмотрел морской порт."));
        files.Write("shymkent-kk.md", Doc("Шымкент пен Пловдив достығы", "2023-10-12", "kk",
            "Пловдив әкімінің орынбасары Шымкентке сапармен келді. Қонақтар Ғашықтар көпірінде серуендеп, қаланың тарихымен танысты."));
        files.Write("carpets-ru.md", Doc("Ковры в Бургасе", "2024-08-02", "ru",
            "Выставка казахских ковров открылась в Саду камней в Бургасе и продлится до осени."));
        files.Write("health-en.md", Doc("Health ministers meet", "2024-05-30", "en",
            "Health ministers Ayan Kurmanov and Petar Dimov met on the sidelines of the 77th World Health Assembly and agreed on a doctors' exchange."));
        files.Write("reception-bg.md", Doc("Прием за Деня на независимостта", "2019-12-20", "bg",
            "Казахстанското посолство отбеляза Деня на независимостта с прием в хотел „Радисън“ в София."));
        files.Write("lecture-en.md", Doc("Ambassador lectures in Plovdiv", "2022-04-08", "en",
            "The ambassador of Kazakhstan gave a lecture on the Middle Corridor at the Paisii Hilendarski University in Plovdiv."));
        files.Write("talks-en.md", Doc("Talks in Astana", "2024-06-11", "en",
            "The foreign ministers of Kazakhstan and Bulgaria held talks in Astana at the Palace of Independence."));
    }
}
