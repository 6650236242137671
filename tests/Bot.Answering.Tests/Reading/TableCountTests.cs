namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How many agreements were signed": a fact sheet states the number in the cell beside a row naming what it counts;
/// a row of one year answers only a question about that year.
/// </summary>
public sealed class TableCountTests(TableCountNewsFixture fixture) : IClassFixture<TableCountNewsFixture>
{
    [Theory]
    [InlineData("Сколько соглашений подписали в Софии 19 ноября 2024 года?", "ru")]
    [InlineData("How many agreements were signed in Sofia on 19 November 2024?", "en")]
    [InlineData("Колко споразумения бяха подписани в София на 19 ноември 2024 г.?", "bg")]
    [InlineData("2024 жылғы 19 қарашада Софияда қанша келісімге қол қойылды?", "kk")]
    public void A_count_in_a_table_cell_answers_for_the_row_that_names_what_it_counts(string question, string lang)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldContain("4");
        first.ShouldNotContain("120");
    }

    [Theory]
    [InlineData("How many students from Bulgaria took part in the exchange in 2023?", "en")]
    [InlineData("Сколько студентов из Болгарии участвовали в обмене в 2023 году?", "ru")]
    public void A_row_of_a_year_answers_the_question_about_that_year(string question, string lang)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldContain("97");
        first.ShouldNotContain("85");
    }
}
