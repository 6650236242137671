using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>News items without metadata: a headline, a dateline under it, and a lead that dates the event in words of its own.</summary>
public sealed class HeadlineNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("library.md", "# Шымкентте болгар кітапханасы ашылды\n\n*Шымкент, 2023 жылғы 18 ақпан.*\n\n"
            + "Осы аптаның сейсенбісінде облыс орталығында болгар әдебиетінің кітапханасы жұмысын бастады. "
            + "Кітаптарды Пловдив қаласының әкімдігі сыйға тартты.\n");
        files.Write("choir.md", "# Bulgarian choir tours Kazakhstan\n\n*Almaty, 24 November 2022.*\n\n"
            + "A Bulgarian folk choir gave its first concert in the southern capital on Monday last week. "
            + "The tour continues in Astana and Karaganda.\n");
    }
}
