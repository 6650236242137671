using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// The answer is the value asked for: of two counts in one sentence, the one its own clause places where the question
/// does; a share asked for in any case form of the word is a percent, not the money of the sentence before; a growth
/// asked for is the rate, not the level, and not another figure's rate.
/// </summary>
public sealed class ValueSelectionTests(ValueSelectionNewsFixture fixture) : IClassFixture<ValueSelectionNewsFixture>
{
    static string FirstLine(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("How many Bulgarian students are enrolled in Kazakhstan?", "en")]
    [InlineData("Сколько болгарских студентов учится в Казахстане?", "ru")]
    [InlineData("Колко български студенти учат в Казахстан?", "bg")]
    public void Of_two_counts_in_one_sentence_the_one_placed_where_asked_answers(string question, string lang)
    {
        var first = FirstLine(fixture.Answerer.Answer(question, lang));

        first.ShouldContain("65");
        first.ShouldNotContain("140");
    }

    [Theory]
    [InlineData("How many Kazakh students attend universities in Bulgaria?", "en")]
    [InlineData("Сколько казахстанских студентов учится в Болгарии?", "ru")]
    public void The_other_count_answers_the_question_about_the_other_country(string question, string lang)
    {
        var first = FirstLine(fixture.Answerer.Answer(question, lang));

        first.ShouldContain("140");
        first.ShouldNotContain("65");
    }

    [Theory]
    [InlineData("Қазақстанның Болгарияға экспортының қанша пайызын мырыш құрайды?", "kk")]
    [InlineData("What percentage of Kazakhstan's exports to Bulgaria was zinc?", "en")]
    [InlineData("Сколько процентов экспорта Казахстана в Болгарию пришлось на цинк?", "ru")]
    [InlineData("Колко процента от износа на Казахстан за България е цинк?", "bg")]
    public void A_share_question_gets_the_percent_of_the_item_it_names_not_the_money(string question, string lang)
    {
        var first = FirstLine(fixture.Answerer.Answer(question, lang));

        first.ShouldContain("9");
        first.ShouldNotContain("210");
        first.ShouldNotContain("12");
    }

    [Theory]
    [InlineData("By how many percent did Kazakh investment in Bulgaria grow in 2023?", "en")]
    [InlineData("На сколько процентов выросли казахстанские инвестиции в Болгарию в 2023 году?", "ru")]
    [InlineData("С колко процента са нараснали казахстанските инвестиции в България през 2023 г.?", "bg")]
    public void A_growth_question_gets_the_rate_of_the_asked_figure(string question, string lang)
    {
        var first = FirstLine(fixture.Answerer.Answer(question, lang));

        first.ShouldContain("31");
        first.ShouldNotStartWith("12");
        first.ShouldNotContain("4.2");
        first.ShouldNotContain("4,2");
    }
}
