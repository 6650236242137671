using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with the texts of ratification laws in four languages (each ratifying an agreement whose signing date it
/// quotes, dated only by the act itself) and reports of memoranda that ministers agreed to draft but have not signed, beside
/// one that was signed.
/// </summary>
public sealed class ActsAndDraftsNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("air-law.txt",
            "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\n"
            + "О ратификации Соглашения между Правительством Республики Казахстан и Правительством Республики Болгария о воздушном сообщении\n\n"
            + "Ратифицировать Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария о воздушном сообщении, "
            + "совершенное в Астане 3 марта 2014 года.\n\n"
            + "Президент Республики Казахстан                    Н. НАЗАРБАЕВ\n\n"
            + "Астана, Акорда, 12 ноября 2015 года\n№ 410-V\n");
        files.Write("tourism-law.md", Doc("Закон за ратифициране на Споразумението за туризъм", "2016-07-20", "bg",
            "Член единствен. Ратифицира Споразумението между правителството на Република България и правителството на Република Казахстан "
            + "за сътрудничество в областта на туризма, сключено в София на 4 април 2016 г."));
        files.Write("education-law.md", Doc("Білім беру туралы келісімді ратификациялау туралы", "2017-05-04", "kk",
            "2016 жылғы 9 қарашада Софияда жасалған Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі арасындағы "
            + "білім беру саласындағы ынтымақтастық туралы келісім ратификациялансын."));
        files.Write("health-law.md", Doc("Health Cooperation Agreement Ratification Act", "2019-02-01", "en",
            "The Agreement between the Government of the Republic of Bulgaria and the Government of the Republic of Kazakhstan on cooperation "
            + "in the field of health, done at Sofia on 12 May 2018, is hereby ratified."));
        files.Write("energy.md", Doc("Energy ministers talk by video link", "2024-03-05", "en",
            "The energy ministers of Bulgaria and Kazakhstan held a video call on Tuesday. The two sides agreed that their experts "
            + "will prepare a draft memorandum on renewable energy. The memorandum has not yet been signed."));
        files.Write("veterinary.md", Doc("Министры сельского хозяйства обсудили ветеринарию", "2023-11-14", "ru",
            "Министры сельского хозяйства Казахстана и Болгарии договорились подготовить проект меморандума о сотрудничестве в области ветеринарии. "
            + "Меморандум пока не подписан: стороны намерены согласовать текст до конца года."));
        files.Write("digital.md", Doc("Цифрландыру жөніндегі кездесу", "2024-05-21", "kk",
            "Қазақстан мен Болгарияның цифрлық даму министрлері цифрландыру саласындағы меморандум жобасын дайындауға келісті. "
            + "Меморандумға әлі қол қойылған жоқ."));
        files.Write("social.md", Doc("Парафирано споразумение", "2023-10-05", "bg",
            "На 4 октомври 2023 г. в Астана беше парафирано споразумението между Казахстан и България за социално осигуряване. "
            + "Подписването му се очаква догодина."));
        files.Write("customs.md", Doc("Customs memorandum signed", "2024-06-12", "en",
            "In Sofia on 11 June 2024 the customs services of Kazakhstan and Bulgaria signed a memorandum on the exchange of customs data."));
    }
}
