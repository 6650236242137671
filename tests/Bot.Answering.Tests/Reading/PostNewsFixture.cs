using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with news items naming a minister only as the counterpart of another country's minister, beside
/// items naming a deputy of that post.
/// </summary>
public sealed class PostNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("statement-en.md", Doc("Joint statement on transit", "2024-02-14", "en",
            "Kazakhstan's Foreign Minister Daniyar Sabitov and his Bulgarian counterpart Mila Petrova signed a joint statement on transit."));
        files.Write("varna-en.md", Doc("Business leaders in Varna", "2024-03-02", "en",
            "In Varna, Bulgaria's Deputy Foreign Minister Stoyan Ivanov met Kazakh business leaders."));
        files.Write("energy-ru.md", Doc("Энергетический диалог", "2023-05-11", "ru",
            "Министр энергетики Казахстана Ерлан Ахметов и его болгарский коллега Пламен Тодоров обсудили поставки урана."));
        files.Write("energy-deputy-ru.md", Doc("Визит в Бургас", "2023-06-20", "ru",
            "В Бургасе заместитель министра энергетики Болгарии Иван Колев принял казахстанских инвесторов."));
        files.Write("farm-bg.md", Doc("Земеделски разговори", "2022-09-08", "bg",
            "Министърът на земеделието на Казахстан Бауыржан Омаров и неговият български колега Росица Стоева обсъдиха износа на зърно."));
    }
}
