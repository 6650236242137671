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
        // Two people, each with a post before the name, in one sentence: each name's post is its own.
        files.Write("nuclear-en.md", Doc("Nuclear memorandum", "2026-11-09", "en",
            "Sofia, 9 November 2026. Bulgaria's Deputy Prime Minister for Economic Policy Tomislav Donchev and Kazakhstan's Minister of Energy Almasadam Satkaliyev signed a memorandum of understanding on nuclear energy."));
        files.Write("ambassador-ru.md", Doc("Встреча в МИД", "2026-10-21", "ru",
            "Астана, 21 октября 2026 года. Министр иностранных дел Казахстана Ермек Кошербаев принял в Астане посла Болгарии Петко Димитрова."));
        // Another person sharing only a given name with the one asked, and a copula between post and name.
        files.Write("ambassador-bg.md", Doc("Нов посланик", "2025-10-21", "bg",
            "София, 21 октомври 2025 г. Новият посланик на България в Казахстан е Георги Воденски. На церемонията присъства и областният управител Георги Тодоров."));
        // A post before another person's name and a join: "Prime Minister Bektenov and Radev" gives Radev no post.
        files.Write("talks-en.md", Doc("Talks in Astana", "2025-06-10", "en",
            "At the meeting between Prime Minister Nurlan Bektemirov and Stoyan Radkov, joint projects were discussed."));
    }
}
