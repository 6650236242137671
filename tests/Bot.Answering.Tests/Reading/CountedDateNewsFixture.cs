using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Items dating a second event only by years counted from the first ("two years later, on 14 April").</summary>
public sealed class CountedDateNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("karaganda-ru.md", Doc("Болгарский центр в Караганде", "2024-09-12", "ru",
            "Болгарский культурный центр в Караганде открылся в 2015 году. Спустя два года, 14 апреля, центр переехал в новое здание на улице Ерубаева."));
        files.Write("plovdiv-en.md", Doc("Kazakh course in Plovdiv", "2023-02-02", "en",
            "A Kazakh language course opened at a Plovdiv school in 2012. Three years later, on 9 October, the course moved to Plovdiv University."));
    }
}
