using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Officials of several bodies: a Russian report naming the Bulgarian speaker and the Kazakh prime minister in one
/// sentence and the Senate's chairman in the next; a Bulgarian one listing the prime minister and the Majilis chairman only.
/// </summary>
public sealed class HolderBodyNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("speaker-ru.md", Doc("Председатель Народного собрания Болгарии посетил Астану", "2024-04-18", "ru",
            "АСТАНА. Председатель Народного собрания Болгарии Росен Желязков провёл переговоры с премьер-министром Казахстана Олжасом Бектеновым. "
            + "Накануне болгарскую делегацию принял председатель Сената Маулен Ашимбаев."));
        files.Write("delegation-bg.md", Doc("Българска делегация в Астана", "2023-10-02", "bg",
            "АСТАНА. Делегацията на Народното събрание се срещна с министър-председателя Алихан Смаилов и с председателя на Мажилиса Ерлан Кошанов."));
    }
}
