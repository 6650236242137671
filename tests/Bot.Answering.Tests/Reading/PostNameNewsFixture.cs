using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store whose items give a person's post before the name, and after it in apposition.</summary>
public sealed class PostNameNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("majilis-bg.md", Doc("Среща в Мажилиса", "2016-04-14", "bg",
            "Астана, 14 април 2016 г. — Председателят на Мажилиса на Парламента на Казахстан Бахитжан Жумагулов се срещна вчера с българска парламентарна делегация."));
        files.Write("delegation-en.md", Doc("A delegation from Sofia", "2013-09-30", "en",
            "Yerlan Abilov, then Deputy Mayor of Astana, received a delegation of the Sofia municipality. The guests visited the new business district."));
    }
}
