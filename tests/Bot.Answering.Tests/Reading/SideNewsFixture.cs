using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with items naming signatories each by the post of his own city or under his own country's heading.</summary>
public sealed class SideNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("twinning-bg.md", Doc("Шымкент и Пловдив се побратимиха", "2024-09-12", "bg",
            "Днес в Пловдив кметът на Шымкент Арман Садыков и кметът на Пловдив Иван Тонев подписаха споразумение за побратимяване на двата града."));
        // A signatories' list under each country's heading, in English; and prose naming each side in Russian.
        files.Write("energy-en.md", Doc("Kazakhstan and Bulgaria sign a memorandum on renewable energy", "2024-05-14", "en",
            "The energy ministries of Kazakhstan and Bulgaria signed a memorandum on renewable energy in Sofia.\n\n"
            + "Signatories of the memorandum\n\nFor the Republic of Kazakhstan: Daulet Ospanov, Vice Minister of Energy\n\n"
            + "For the Republic of Bulgaria: Kiril Stoyanov, Deputy Minister of Energy\n\n"
            + "The signing was attended by the Ambassador of the Republic of Kazakhstan to the Republic of Bulgaria, Aibek Nurlanov."));
        files.Write("veterinary-ru.md", Doc("Подписан меморандум о ветеринарном сотрудничестве", "2024-06-20", "ru",
            "В Астане подписан меморандум о сотрудничестве в области ветеринарии. Со стороны Болгарии документ подписал "
            + "заместитель министра земеделия Петър Минчев, с казахстанской стороны — вице-министр сельского хозяйства Асхат Нуров."));
        // Only one side's signatory is named: the other side's is not known.
        files.Write("tourism-bg.md", Doc("Подписано споразумение за туризъм", "2024-07-02", "bg",
            "В Алмати беше подписано споразумение за сътрудничество в туризма. От казахстанска страна споразумението подписа "
            + "заместник-министърът на туризма и спорта Ерлан Жумабаев."));
    }
}
