using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Figures given as a list under a line that says what the list counts, one row per year.</summary>
public sealed class CensusNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("schools.md", Doc("Болгарские воскресные школы", "2024-02-11", "ru",
            "Общество болгар Казахстана подвело итоги года.\n\n"
            + "Число учеников болгарских воскресных школ по годам:\n\n"
            + "- 2016 год — 214 человек\n- 2019 год — 287 человек\n- 2023 год — 342 человека\n\n"
            + "Занятия проходят по субботам."));
    }
}
