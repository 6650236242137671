using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with one sentence listing several officials, each by a post naming a different body.</summary>
public sealed class BodyNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("kolev-bg.md", Doc("Председателят на парламента Петър Колев приключи посещението си в Казахстан", "2024-04-18", "bg",
            "Председателят на парламента Петър Колев приключи днес официалното си посещение в Казахстан. "
            + "В Астана Колев проведе разговори с министър-председателя Асет Омаров, с председателя на Сената Нурлан Бекетов "
            + "и с председателя на Мажилиса Ерлан Сатыбалдиев."));
    }
}
