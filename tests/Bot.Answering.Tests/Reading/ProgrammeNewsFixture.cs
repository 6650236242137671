using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with two programmes laid out as tables (date, time, event, venue: an English one and a Kazakh one)
/// and a memorandum whose provisions are a bulleted list under a lead sentence.
/// </summary>
public sealed class ProgrammeNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("programme-en.md", Doc("Programme of the Days of Kazakh Culture in Bulgaria", "2025-09-20", "en", """
            The Days of Kazakh Culture in Bulgaria run from 6 to 9 October 2025.

            | Date | Time | Event | Venue |
            |---|---|---|---|
            | 6 October | 19:00 | Gala opening concert of the Sary-Arka ensemble with soloists of the Astana Opera | Sofia, Bulgaria Hall |
            | 8 October | 11:00 | Meeting with the Kazakh community of Plovdiv and a children's dance workshop | Plovdiv, Hristo G. Danov community centre |
            | 9 October | 18:00 | Screening of the film "The Road Home" with its director | Sofia, Odeon cinema |
            """));
        files.Write("bagdarlama-kk.md", Doc("Болгария мәдениеті күндерінің бағдарламасы", "2025-05-02", "kk", """
            Болгария мәдениеті күндері 12–14 мамыр аралығында өтеді.

            | Күні | Уақыты | Іс-шара | Өтетін орны |
            |---|---|---|---|
            | 12 мамыр | 18:00 | Болгар халық әндерінің кеші, «Пирин» ансамблінің концерті | Алматы қ., Жамбыл атындағы филармония |
            | 14 мамыр | 10:00 | Шымкенттегі болгар диаспорасымен кездесу | Шымкент қ., «Достық үйі» |
            """));
        files.Write("memorandum-bg.md", Doc("Пристанище Бургас и КТЖ подписаха меморандум", "2025-06-18", "bg", """
            Пристанище Бургас и казахстанската железопътна компания КТЖ подписаха вчера меморандум за сътрудничество. Документът подписаха генералният директор на пристанището и заместник-председателят на КТЖ.

            Меморандумът предвижда:

            - съвместен контейнерен терминал в Бургас до 2027 година;
            - обща система за проследяване на пратките;
            - обмен на специалисти между двете компании.

            Страните очакват първите пратки през есента.
            """));
        files.Write("delegations-en.md", Doc("List of participants in the talks of the Kazakh and Bulgarian delegations", "2025-03-11", "en", """
            Talks in an expanded format, Sofia, 11 March 2025.

            ## Kazakh delegation

            | No. | Name | Position |
            |---|---|---|
            | 1 | Aibek Nurlanov | Minister of Energy |
            | 2 | Saule Omarova | Deputy Minister of Foreign Affairs |
            | 3 | Yerlan Sadykov | Deputy Prime Minister, Minister of Agriculture |
            | 4 | Dana Ismailova | Ambassador of Kazakhstan to Bulgaria |

            ## Bulgarian delegation

            | No. | Name | Position |
            |---|---|---|
            | 1 | Ivan Petrov | Minister of Energy |
            | 2 | Elena Koleva | Ambassador of Bulgaria to Kazakhstan |
            """));
        files.Write("rakovodstvo-bg.md", Doc("Ръководство на групата за приятелство с Казахстан", "2025-02-03", "bg", """
            Групата за приятелство е създадена с решение на Народното събрание.

            ## Ръководство

            | Длъжност | Народен представител | Парламентарна група |
            |---|---|---|
            | Председател | Николай Стоянов Вълев | ПГ на ГЕРБ-СДС |
            | Заместник-председател | Мария Георгиева Иванова | ПГ „Възраждане“ |
            | Заместник-председател | Георги Петков Тонев | ПГ на ДПС |
            """));
    }
}
