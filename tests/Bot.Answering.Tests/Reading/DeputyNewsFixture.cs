using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store naming a mayor and his deputy in one item, only a governor (no deputy) in another, and a governor hosting a deputy prime minister in a third.</summary>
public sealed class DeputyNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("burgas-bg.md", Doc("Казахстанска делегация посети Бургас", "2024-10-03", "bg",
            "Кметът на Бургас Иван Стойков посрещна казахстанската делегация в общината. "
            + "На срещата присъства и заместник-кметът по икономиката Павел Димов, който представи пристанищните проекти на града."));
        files.Write("zhambyl-kk.md", Doc("Жамбыл облысының әкімі болгар делегациясын қабылдады", "2024-11-15", "kk",
            "ТАРАЗ. Жамбыл облысының әкімі Ерлан Қарабаев Болгариядан келген іскер делегацияны қабылдады. "
            + "Тараптар ауыл шаруашылығы мен логистика саласындағы ынтымақтастықты талқылады."));
        files.Write("aktobe-en.md", Doc("Aktobe governor receives Bulgarian deputy prime minister", "2023-05-22", "en",
            "AKTOBE. Aktobe region governor Ondasyn Urazalin received Bulgaria's Deputy Prime Minister, who came with a group of "
            + "Bulgarian exporters. The sides discussed a wholesale market for Bulgarian produce in the region."));
    }
}
