using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store of short news items where what was done stands beside what is only planned, proposed or under
/// discussion: a train that left and a sea line that "will contribute", a session still being prepared beside the documents
/// a visit produced, a proposal beside an export figure, a memorandum still unsigned, a bill a chamber approved.
/// </summary>
public sealed class PlannedAndDoneNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("trade-kk.md", Doc("Болгариямен сауда өсті", "2027-04-25", "kk",
            "Бірінші тоқсанда Болгариямен сауда 131,4 млн долларға жетті. "
            + "Оған ақпан айында Достықтан Варнаға аттанған алғашқы контейнер пойызы мен Ақтау–Бургас теңіз желісі де септігін тигізбек."));
        files.Write("corridor-en.md", Doc("Middle Corridor outlook", "2027-04-20", "en",
            "Rail freight between the two countries is expected to grow this year. "
            + "The first container train that left Dostyk for Varna in February and the new Aktau–Constanta ferry line are set to add to it."));
        files.Write("visit-kk.md", Doc("Тоқаевтың Болгарияға сапары", "2027-05-28", "kk",
            "Келіссөз қорытындысы бойынша жол картасы, энергетика саласындағы меморандум және мәдени ынтымақтастық бағдарламасы жасалды — барлығы сегіз құжат. "
            + "Жол картасына екі елдің министрлері қол қойды. "
            + "Сапар аясында министрлер үкіметаралық комиссияның сегізінші отырысын дайындау мәселесін талқылады."));
        files.Write("visit-en.md", Doc("Tokayev in Sofia", "2027-05-28", "en",
            "The presidents' talks produced a road map, an energy memorandum and a culture programme, six documents in all. "
            + "The road map was signed by the two trade ministers. "
            + "The ministers also discussed preparations for the ninth meeting of the joint business council, which will take place in Turkestan."));
        files.Write("flights-bg.md", Doc("Износът за Казахстан расте", "2026-10-16", "bg",
            "За първите осем месеца на 2026 г. износът на България за Казахстан е 47,3 млн. евро. "
            + "Казахстанската страна предложи да се подготви междуправителствено споразумение за въздушни съобщения, което да позволи преки полети между Астана и Пловдив."));
        files.Write("flights-ru.md", Doc("Экспорт в Болгарию", "2026-10-17", "ru",
            "В 2025 году экспорт Казахстана в Болгарию вырос на 12 процентов. "
            + "Болгарская сторона предложила открыть прямой авиарейс между Алматы и Варной."));
        files.Write("oil-en.md", Doc("KMG signs term contract for Burgas", "2026-12-01", "en",
            "Under the deal, cargoes of crude will be shipped across the Black Sea to the oil terminal Rosenets near Burgas. "
            + "The term contract is separate from a memorandum on oil storage at Rosenets that the government and KazMunayGas have been discussing since the autumn. "
            + "That memorandum has not yet been signed."));
        files.Write("law-kk.md", Doc("Келісімді ратификациялау туралы заң", "2027-02-20", "kk",
            "Қазақстан Республикасының Болгариямен аралас тасымалдар туралы келісімді ратификациялау туралы Заңы. "
            + "Заң жобасын Парламент Мәжілісі 2027 жылғы 28 қаңтарда мақұлдаған, Сенат 2027 жылғы 12 ақпанда қабылдаған. "
            + "Алғашқы ресми жариялануы: «Егемен Қазақстан» 2027 жылғы 20 ақпан № 34."));
        files.Write("unsigned-en.md", Doc("Tokayev and Iotova sign road map", "2027-05-27", "en",
            "The presidents signed a road map and a memorandum on energy cooperation in Sofia. "
            + "Not everything was ready: the long-discussed intergovernmental agreement on air services was again left unsigned."));
        files.Write("unsigned-ru.md", Doc("Итоги визита в Софию", "2027-05-28", "ru",
            "По итогам визита подписаны дорожная карта и меморандум об энергетике. "
            + "Соглашение о воздушном сообщении так и осталось неподписанным."));
        files.Write("law-bg.md", Doc("Държавен вестник", "2027-01-29", "bg",
            "Законът за ратифициране на Споразумението с Казахстан за комбинирания транспорт е приет от Народното събрание на 21 януари 2027 г."));
    }
}
