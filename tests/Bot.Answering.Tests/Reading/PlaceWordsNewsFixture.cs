using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with news items that name a city only by its adjective ("в варненском ресторане", "софийската зала").</summary>
public sealed class PlaceWordsNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("nauryz-ru.md", Doc("Наурыз у моря", "2022-03-23", "ru",
            "Вчера в варненском ресторане «Морски бриз» казахская община отметила Наурыз. Гостей встречал консул Арман Бекенов."));
        files.Write("concert-bg.md", Doc("Концерт на казахски музиканти", "2023-10-26", "bg",
            "Снощи в софийската зала „Средец“ се състоя концерт на казахски музиканти. Концерта откри посланикът Айдос Кемелов."));
        files.Write("nauryz-en.md", Doc("Nauryz in Shymkent", "2022-03-23", "en",
            "The Bulgarian community of Shymkent celebrated Nauryz with its neighbours. The guests were welcomed by Elena Stoeva."));
    }
}
