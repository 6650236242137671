using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Sentences where one person states a figure at a meeting with another, openings told with other verb forms, and a named festival whose count comes a sentence later.</summary>
public sealed class SpeechNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("minister.md", Doc("Экономические связи растут", "2023-04-20", "ru",
            "Данные привёл министр экономики Асхат Ермеков на встрече с послом Болгарии Петром Илиевым: товарооборот за прошлый год вырос до 520 млн долларов."));
        files.Write("school.md", Doc("Нова школа в Караганда", "2022-09-16", "bg",
            "На 15 септември в Караганда отвори врати българско неделно училище за децата на общността."));
        files.Write("centre.md", Doc("Культурный центр в Таразе", "2021-03-02", "ru",
            "В Таразе 26 февраля открылся болгарский культурный центр, его возглавила Мария Колева."));
        files.Write("festival.md", Doc("Steppe art by the sea", "2023-08-05", "en",
            "A festival titled \"Colours of the Steppe\" opened in Burgas on Friday.\n\n"
            + "It was organised by the city art gallery. More than thirty Kazakh painters showed their work there, the organisers said. "
            + "The festival \"Black Sea Jazz\" gathered 12 bands."));
    }
}
