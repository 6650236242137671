using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>A fact sheet whose numbers stand in table cells, written for <see cref="TableCountTests"/>.</summary>
public sealed class TableCountNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("visit-sheet.md", Doc("Визит в София: справка", "2024-11-20", "ru",
            "Итоги визита в цифрах.\n\n| Показатель | Значение |\n|---|---|\n| Соглашения, подписанные в Софии 19 ноября 2024 года | 4 |\n| Участники бизнес-форума | 120 |\n"));
        files.Write("exchange-sheet.md", Doc("Обмен студентами", "2024-12-02", "ru",
            "Программа обмена по годам.\n\n| Год | Студенты из Болгарии |\n|---|---|\n| 2022 | 85 |\n| 2023 | 97 |\n"));
    }
}
