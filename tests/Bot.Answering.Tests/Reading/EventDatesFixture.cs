using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store of reports whose events are dated by their own clause: wires whose dateline gives the filing day and
/// whose sentence a weekday, a post opening with "yesterday" before an insertion, a founding never dated, a month of last year.
/// </summary>
public sealed class EventDatesFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("forum-en.md", Doc("Tourism forum in Plovdiv", "2024-03-14", "en",
            "PLOVDIV, March 14 (Reuters) - The second Kazakh-Bulgarian tourism forum opened at the Plovdiv International Fair on Tuesday, "
            + "the organisers said in a statement on Thursday. Some 40 travel agencies took part."));
        files.Write("group-ru.md", Doc("Рабочая группа по транспорту", "2023-10-06", "ru",
            "АСТАНА, 6 октября /Казинформ/ - Заседание казахстанско-болгарской рабочей группы по транспорту прошло в Астане во вторник, "
            + "сообщили в пятницу в министерстве."));
        files.Write("abai-bg.md", Doc("Паметник на Абай", "2022-11-02", "bg",
            "Вчера, в Деня на народните будители, в Пловдив беше открит паметник на казахския поет Абай Кунанбаев. "
            + "Авторът на паметника е скулпторът Петко Донев."));
        files.Write("timeline-en.md", Doc("Timeline of cultural ties", "2024-06-01", "en",
            "November 2022 – A monument to the Kazakh poet Abai Kunanbayev is opened in Plovdiv."));
        files.Write("friends-ru.md", Doc("Группа дружбы", "2024-05-20", "ru",
            "12.03.2024 – Встреча руководства группы дружбы «Казахстан – Болгария» Мажилиса с послом Болгарии Бояном Хаджиевым."));
        files.Write("consul-kk.md", Doc("Консулдық", "2025-10-01", "kk",
            "Бургастағы құрметті консулдық былтыр наурызда ашылды. Консул – Иван Петров."));
        files.Write("commission-en.md", Doc("Commission", "2023-04-05", "en",
            "On 3 April 2023 Deputy Foreign Minister Aibek Nurov received Bulgarian Ambassador Petar Kolev in Astana. "
            + "The parties agreed to resume the joint transport commission, whose fourth session was prepared for 2024."));
    }
}
