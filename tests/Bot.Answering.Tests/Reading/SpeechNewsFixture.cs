using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Sentences where one person states a figure at a meeting with another, and openings told with other verb forms.</summary>
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
    }
}
