using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Pages whose parts keep their own dates and values: a wire item with an "UPD" notice correcting the meeting's date and a
/// figure, a Bulgarian page with a "Поправка" correcting an export figure, an embassy newsletter of dated items, a Kazakh
/// anniversary item giving the date relations were established and older anniversaries, a report naming the deputy
/// ministers who held consultations only in the sentence after the one that dates them.
/// </summary>
public sealed class CorrectionNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("ev1_ru_wire-upd.txt", """
            Казахстан и Болгария обсудили развитие авиасообщения

            АСТАНА, 14 марта 2024. КазТАГ – Вице-министр транспорта Казахстана Максат Калиакпаров и посол Болгарии в Казахстане Петко Дойков провели встречу 13 марта 2024 года в Астане.

            Стороны договорились увеличить число регулярных рейсов между Алматы и Софией до четырёх в неделю.

            По данным министерства, в 2023 году авиакомпании двух стран перевезли 18 тысяч пассажиров.

            Следующее заседание рабочей группы по авиации запланировано на 20 мая 2024 года в Софии.

            Ранее, 2 февраля 2024 года, Калиакпаров провёл переговоры с послом Венгрии.

            UPD (15.03.2024, 10:20): В первоначальной версии сообщения ошибочно указано, что встреча прошла 13 марта. Встреча состоялась 12 марта 2024 года. Кроме того, в 2023 году было перевезено 21 тысяча пассажиров, а не 18 тысяч, как сообщалось ранее.
            """);
        files.Write("ev2_en_newsletter.md", """
            ---
            title: "Embassy of Kazakhstan in Bulgaria — Newsletter, April 2024"
            date: 2024-04-30
            ---

            # Newsletter of the Embassy of Kazakhstan in Bulgaria — April 2024

            In this issue: meetings in Burgas and Plovdiv, an energy delegation, a round table.

            **3 April 2024.** Ambassador Viktor Temirbayev met the Mayor of Burgas, Dimitar Nikolov, to discuss a direct ferry line between Burgas and Aktau.

            **11 April 2024.** A delegation of the Ministry of Energy of Kazakhstan visited the Kozloduy nuclear power plant.

            **19 April 2024.** The embassy held a round table on the Trans-Caspian International Transport Route at Sofia University; more than 40 experts took part.

            **25 April 2024.** Ambassador Viktor Temirbayev met the Mayor of Plovdiv, Kostadin Dimitrov, and presented a photo exhibition on Turkistan.

            Last year, on 7 April 2023, the ambassador also met the Mayor of Burgas at a port conference.

            To subscribe, write to press@example.org.
            """);
        files.Write("ev3_kk_30-zhyl.txt", """
            Қазақстан мен Болгария дипломатиялық қатынастардың 30 жылдығын атап өтті

            Астана. 5 маусым 2022 жыл. ҚазАқпарат – Бүгін Қазақстан мен Болгария арасында дипломатиялық қатынастар орнатылғанына 30 жыл толды.

            Екі ел арасындағы дипломатиялық қатынастар 1992 жылғы 5 маусымда орнатылған.

            Осыған орай Сыртқы істер министрі Мұхтар Тілеуберді болгариялық әріптесі Теодора Генчовскаға құттықтау жеделхатын жолдады.

            Бес жыл бұрын, 2017 жылы, дипломатиялық қатынастардың 25 жылдығына орай Софияда концерт өтті.

            Ал 2012 жылы 20 жылдыққа арналған көрме Алматыда ұйымдастырылды.
            """);
        files.Write("ev4_bg_popravka.html", """
            <html><head><title>Търговията между България и Казахстан расте</title>
            <meta property="article:published_time" content="2025-02-03T09:00:00+02:00"></head>
            <body><article>
            <h1>Търговията между България и Казахстан расте</h1>
            <p>София, 3 февруари 2025 г. Стокообменът между България и Казахстан през 2024 г. е достигнал 375,2 млн. долара, съобщи министерството на икономиката.</p>
            <p>Българският износ за Казахстан през 2024 г. е 61,6 млн. долара, основно лекарства и машини.</p>
            <p>Петото заседание на междуправителствената комисия е насрочено за 20 май 2025 г. в София.</p>
            <p>През 2023 г. стокообменът е бил 95,2 млн. долара.</p>
            <p><em>Поправка (4 февруари 2025 г.): В първоначалната версия на статията погрешно беше посочено, че българският износ за Казахстан през 2024 г. е 61,6 млн. долара. Правилната стойност е 71,6 млн. долара.</em></p>
            </article></body></html>
            """);
        files.Write("ev5_ru_konsultacii.txt", """
            Казахстан и Болгария провели политические консультации

            АСТАНА, 27 октября 2023. КазТАГ – В прошлую субботу заместители министров иностранных дел Казахстана и Болгарии провели в Астане очередной раунд политических консультаций. Казахстанскую сторону возглавлял Роман Василенко, болгарскую делегацию – Тихомир Стойчев.

            Стороны обсудили сотрудничество в энергетике, транспорте и логистике.

            14 сентября 2023 года заместитель министра энергетики Казахстана встретился в Астане с послом Венгрии.
            """);
    }
}
