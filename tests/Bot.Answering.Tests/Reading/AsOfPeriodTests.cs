using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A Russian fact sheet of February 2025 with two years' trade and a target, and an English interview of May 2025 that
/// gives "last year's" trade beside a target and a third country's.
/// </summary>
public sealed class AsOfTradeFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("fact-sheet-ru.md", Doc("Справка: торгово-экономическое сотрудничество Казахстана и Болгарии", "2025-02-10", "ru",
            "По итогам 2024 года товарооборот между Казахстаном и Болгарией составил 375,2 млн долларов США, увеличившись в 3,9 раза.\n\n"
            + "В 2023 году товарооборот составил 95,2 млн долларов.\n\n"
            + "Стороны поставили цель довести товарооборот до 500 млн долларов к 2030 году."));
        files.Write("interview-en.md", Doc("Interview: the ambassador on trade with Bulgaria", "2025-05-14", "en",
            "Q: How is trade developing? A: Last year trade between Kazakhstan and Bulgaria reached $375.2 million. "
            + "Our target is $1 billion a year. Trade with Romania came to $1.1 billion."));
    }
}

/// <summary>
/// "Былтыр … (2025 жылғы ақпарат бойынша)", "according to 2025 information, … last year": the year beside a word for the
/// knowledge dates the today "last year" counts from (2024), not the figure; with no relative period beside it ("по данным
/// 2023 года") the year is the figure's. Neither the other year's figure nor a target answers.
/// </summary>
public sealed class AsOfPeriodTests(AsOfTradeFixture fixture) : IClassFixture<AsOfTradeFixture>
{
    [Theory]
    [InlineData("Былтыр Қазақстан мен Болгария арасындағы сауда айналымы қанша болды? (2025 жылғы ақпарат бойынша)", "kk", "375", "95")]
    [InlineData("Былтыр Қазақстан мен Болгария арасындағы сауда айналымы қанша болды? (2024 жылғы ақпарат бойынша)", "kk", "95", "375")]
    [InlineData("According to 2025 information, what was trade between Kazakhstan and Bulgaria last year?", "en", "375", "95")]
    [InlineData("Каким был товарооборот Казахстана и Болгарии в прошлом году по данным на 2025 год?", "ru", "375", "95")]
    [InlineData("Какъв беше стокообменът между Казахстан и България миналата година според информацията от 2025 г.?", "bg", "375", "95")]
    [InlineData("Каков товарооборот Казахстана и Болгарии по данным 2023 года?", "ru", "95", "375")]
    public void Last_year_counts_from_the_year_the_question_gives_its_information(string question, string lang, string amount, string other)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        var first = answer.Split('\n')[0];

        first.ShouldContain(amount);
        answer.ShouldNotContain(other);
        answer.ShouldNotContain("500");
    }
}
