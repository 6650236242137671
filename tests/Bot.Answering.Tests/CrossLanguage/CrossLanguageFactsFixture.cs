using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.CrossLanguage;

/// <summary>
/// Short items written for these tests, each stating one fact in one language (Russian, Bulgarian, English, Kazakh) in
/// words a question in another language shares none of: a naming, an ordinal session, a count of centres, a census list by year, a backed candidacy, goods shipped.
/// </summary>
public sealed class CrossLanguageFactsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("street-ru.md", Doc("Новые названия улиц", "2024-09-12", "ru",
            "Городской совет Шымкента принял решение: одну из новых улиц назовут в честь Пловдива."));
        files.Write("session-bg.md", Doc("Комисията за сътрудничество", "2024-10-03", "bg",
            "Шестото заседание на междуправителствената комисия ще се проведе в Бургас през есента."));
        files.Write("centres-en.md", Doc("Kazakh culture in Bulgaria", "2024-11-20", "en",
            "Three Kazakh cultural centres work in Bulgaria today, the embassy said."));
        files.Write("candidacy-ru.md", Doc("Поддержка в ООН", "2024-02-01", "ru",
            "Казахстан поддержал кандидатуру Болгарии в Совет ООН по правам человека."));
        files.Write("supplies-kk.md", Doc("Болгария тауарлары", "2024-07-09", "kk",
            "Болгария Қазақстанға дәрі-дәрмек пен медициналық жабдық жеткізді."));
        files.Write("census-ru.md", Doc("Болгары Актобе", "2023-03-14", "ru",
            "Община невелика. По данным переписей, в 1959 году в Актобе жили 1 250 болгар, в 1970-м – 1 180, в 1979-м – 1 040."));
    }
}
