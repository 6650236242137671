using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news items whose lead says where the story is and whom it is about, while the sentence further
/// down that dates the asked event names neither: a council's decision under a lead placing the item in Plovdiv, and a
/// minister's meeting "yesterday" under a lead naming her beside her post.
/// </summary>
public sealed class LeadNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("plovdiv-bg.md", Doc("Кметът Димитров прие посланика на Казахстан", "2024-03-16", "bg",
            "Кметът на Пловдив Здравко Димитров прие посланика на Република Казахстан Виктор Темирбаев. Разговорът беше посветен на сътрудничеството между двата града в културата и образованието.\n\n"
            + "Улица „Шымкент“ се намира в район „Тракия“. Решението за наименуването ѝ беше прието от Общинския съвет на 12 април 2019 г., а официалното ѝ откриване се състоя на 1 септември 2019 г.\n\n"
            + "Подобно решение за улица „Алмати“ Общинският съвет на Бургас прие на 3 май 2020 г."));
        files.Write("petkova-ru.md", Doc("Болгария и Казахстан обсудили транспортные коридоры", "2024-05-15", "ru",
            "АСТАНА. – Глава МИД Болгарии, министр Мария Петкова, прибывшая в Казахстан с двухдневным официальным визитом, приняла участие в бизнес-форуме и обсудила с казахстанскими коллегами транспортные коридоры.\n\n"
            + "Компании двух стран подписали три меморандума о сотрудничестве в логистике.\n\n"
            + "Напомним, вчера министр встретилась с премьер-министром Казахстана Олжасом Бектеновым в Доме правительства."));
        files.Write("tokayev-kk.md", Doc("Тоқаев Болгарияға сапармен барды", "2025-05-14", "kk",
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Болгарияға ресми сапармен барды. Тоқаев Софияда Болгария Президенті Румен Радевпен келіссөз жүргізді.\n\n"
            + "Кеше Тоқаев Болгария Парламентінің төрағасымен кездесті."));
        files.Write("radev-en.md", Doc("President Radev completes visit to Kazakhstan", "2025-06-11", "en",
            "President Rumen Radev completed his two-day official visit to Kazakhstan on Tuesday, having held talks with President Tokayev in Astana.\n\n"
            + "From Astana the Bulgarian head of state left for Uzbekistan, where his official visit began on 10 June."));
    }
}
