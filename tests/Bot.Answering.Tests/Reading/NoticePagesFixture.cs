using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Pages whose correction or update notices stand where no training page has them: a wire of several takes whose last
/// take corrects a figure of the first; a Kazakh Telegram post whose update line moves the meeting's day; a Bulgarian
/// chronology page whose update under the list corrects one item's date; a Russian digest whose update corrects another
/// country's trade figure, beside the Kazakh–Bulgarian one it leaves as stated.
/// </summary>
public sealed class NoticePagesFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("n1_en_wire-takes.txt", """
            TREND WIRE - ECONOMY - 14.05.2025

            ASTANA, May 14 (Trend) -- Kazakhstan's exports to Bulgaria in January-March 2025 amounted to $54.3 million, the Bureau of National Statistics said.

            ASTANA, May 14 (Trend) -- Imports from Bulgaria over the same period reached $17.9 million, mostly medicines and machinery.

            (adds Romania, 15:20)
            ASTANA, May 14 (Trend) -- Trade between Kazakhstan and Romania in January-March 2025 reached $212 million.

            CORRECTION, 16:05: An earlier take of this item erroneously gave Kazakhstan's exports to Bulgaria in January-March 2025 as $54.3 million. The correct figure is $45.3 million.

            (end) TREND
            """);
        files.Write("n2_kk_telegram-burgas.md", """
            **Қазақстан Елшілігі | Болгария** 🇰🇿🇧🇬

            23.10.2024

            Елші Виктор Темірбаев 22 қазанда Бургас қаласының мэрі Димитър Николовпен кездесті. Тараптар Бургас пен Ақтау порттары арасындағы паромдық желіні талқылады.

            Келесі аптада, 30 қазанда, Елші Варна облысының губернаторымен кездеседі.

            #Бургас #Ақтау #ынтымақтастық

            👁 1 240

            Жаңартылды: Бургас мэрімен кездесу 22 қазанда емес, 21 қазанда өтті.
            """);
        files.Write("n3_bg_hronika.html", """
            <html><head><title>Хроника на отношенията с Казахстан: март 2025 г.</title>
            <meta property="article:published_time" content="2025-04-02T10:00:00+03:00"></head>
            <body><article>
            <h1>Хроника на отношенията с Казахстан: март 2025 г.</h1>
            <ul>
            <li>6 март 2025 г. – В Пловдив се проведе бизнес форум „България – Казахстан“ с участието на 60 компании.</li>
            <li>18 март 2025 г. – Министърът на енергетиката Жечо Станков посети Астана.</li>
            <li>27 март 2025 г. – В Бухарест се проведе бизнес форум „Румъния – Казахстан“.</li>
            </ul>
            <p>Актуализация (3 април 2025 г.): В по-ранна версия на хрониката погрешно беше посочено, че министърът на енергетиката е посетил Астана на 18 март. Посещението се състоя на 19 март 2025 г.</p>
            </article></body></html>
            """);
        files.Write("n4_ru_daidzhest.md", """
            ---
            title: "Дайджест: внешняя торговля Казахстана за 2024 год"
            date: 2025-02-20
            ---

            # Дайджест: внешняя торговля Казахстана за 2024 год

            1. Товарооборот Казахстана и Болгарии в 2024 году составил 375,2 млн долларов.

            2. Товарооборот Казахстана и Румынии в 2024 году составил 412 млн долларов.

            3. Товарооборот Казахстана и Венгрии в 2024 году составил 598 млн долларов.

            *Обновлено 21.02.2025: в первоначальной версии дайджеста ошибочно указан товарооборот с Румынией — 412 млн долларов. Правильная цифра — 421 млн долларов.*
            """);
    }
}
