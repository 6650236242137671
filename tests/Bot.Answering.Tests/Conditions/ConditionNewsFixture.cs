using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// News where the fact next to the asked one differs in one condition: an ordinal said of another noun, a meeting in the
/// capital the visitor came from, a visit by someone of another post or country.
/// </summary>
public sealed class ConditionNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("community-en.md", Doc("Bulgarian community marks its holiday in Pavlodar", "2023-06-02", "en",
            "The fifth generation of Bulgarians now lives in Pavlodar, the community's chairwoman said. "
            + "The fourth session of the intergovernmental commission was held in Astana in 2022."));
        files.Write("community-ru.md", Doc("Болгарская община отметила праздник в Павлодаре", "2023-06-02", "ru",
            "В Павлодаре сейчас живёт пятое поколение болгар, сообщила председатель общины. "
            + "Четвёртое заседание межправительственной комиссии прошло в Астане в 2022 году."));
        files.Write("community-bg.md", Doc("Българската общност в Павлодар отбеляза празника си", "2023-06-02", "bg",
            "В Павлодар вече живее петото поколение българи, каза председателката на общността. "
            + "Четвъртото заседание на междуправителствената комисия се проведе в Астана през 2022 г."));
        files.Write("community-kk.md", Doc("Павлодардағы болгар қауымы мерекесін атап өтті", "2023-06-02", "kk",
            "Павлодарда болгарлардың бесінші буыны тұрып жатыр, деді қауым төрайымы. "
            + "Үкіметаралық комиссияның төртінші отырысы 2022 жылы Астанада өтті."));
        files.Write("mayor-bg.md", Doc("Посланикът на Казахстан в София се срещна с кмета", "2024-03-20", "bg",
            "През март 2024 г. посланикът се срещна със столичния кмет Васил Терзиев в София."));
        files.Write("mayor-en.md", Doc("Kazakh ambassador meets the mayor in Sofia", "2024-03-20", "en",
            "In March 2024 the ambassador met the mayor of Sofia Vasil Terziev in Sofia."));
        files.Write("mayor-ru.md", Doc("Посол Казахстана встретился с мэром в Софии", "2024-03-20", "ru",
            "В марте 2024 года посол встретился с мэром Софии Василом Терзиевым в Софии."));
        files.Write("mayor-kk.md", Doc("Қазақстан елшісі Софияда әкіммен кездесті", "2024-03-20", "kk",
            "2024 жылғы наурызда елші София әкімі Васил Терзиевпен Софияда кездесті."));
        files.Write("speaker.md", Doc("Bulgarian parliament speaker ends official visit to Kazakhstan", "2015-11-10", "en",
            "The Bulgarian speaker of parliament Tsetska Tsacheva paid an official visit to Kazakhstan on 7-10 November 2015. "
            + "During four days in Astana the Bulgarian speaker held talks with Prime Minister Karim Massimov."));
        files.Write("rounds-en.md", Doc("Kazakhstan and Bulgaria hold consultations", "2017-11-22", "en",
            "ASTANA, 21 November. Political consultations between the foreign ministries were held in Astana. The Bulgarian delegation was led by Deputy Minister Ivan Stoychev.\n\n"
            + "The previous round was held on 16 October 2017. Then the Bulgarian delegation was led by Yuri Sterk."));
        files.Write("rounds-ru.md", Doc("Казахстан и Болгария провели консультации", "2017-11-22", "ru",
            "АСТАНА, 21 ноября. В Астане прошли политические консультации между МИД. Болгарскую делегацию возглавил заместитель министра Иван Стойчев.\n\n"
            + "Предыдущий раунд прошёл 16 октября 2017 года. Тогда болгарскую делегацию возглавлял Юрий Стерк."));
        files.Write("centre-en.md", Doc("Iotova visits Pavlodar", "2019-10-08", "en",
            "The Bulgarian cultural centre Zdravets in Pavlodar has been headed by Valentina Shatova since 2012."));
        files.Write("centre-kk.md", Doc("Йотова Павлодарда", "2019-10-08", "kk",
            "Павлодардағы «Здравец» болгар мәдени орталығын 2012 жылдан бері Валентина Шатова басқарады."));
        files.Write("twinning-bg.md", Doc("Уралск и Благоевград подписаха меморандум", "2016-06-16", "bg",
            "Още през 2004 г. Алмати и Варна подписаха протокол за намерения, с който трябваше да започне побратимяване. Процесът обаче така и не беше завършен."));
        files.Write("twinning-en.md", Doc("Uralsk and Blagoevgrad sign a memorandum", "2016-06-16", "en",
            "Back in 2004 Almaty and Varna signed a protocol of intent that was to begin their twinning. The process, however, was never completed."));
        files.Write("deputy.md", Doc("Deputy minister visits Burgas", "2021-09-14", "en",
            "Kazakh Deputy Foreign Minister Roman Vassilenko visited Burgas on 13 September 2021."));
    }
}
