namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who are the co-chairs": a post each side holds at once is answered with both holders; asked for one side, with that
/// side's alone. And the place a visitor saw is no destination the evidence must state ("the park visited by Kazakhstan's ambassador").
/// </summary>
public sealed class SharedPostTests(SharedPostNewsFixture fixture) : IClassFixture<SharedPostNewsFixture>
{
    [Theory]
    [InlineData("Who are the co-chairs of the intergovernmental commission?", "en", "Aidos Serikbayev", "Kalin Marinov")]
    [InlineData("Кто сопредседатели межправительственной комиссии?", "ru", "Серикбаев", "Маринов")]
    [InlineData("Кои са съпредседателите на междуправителствената комисия?", "bg", "Серикбаев", "Маринов")]
    [InlineData("Үкіметаралық комиссияның тең төрағалары кімдер?", "kk", "Серикбаев", "Маринов")]
    public void Co_chairs_asked_without_a_side_are_both_sides_holders(string question, string lang, string kazakh, string bulgarian)
    {
        var text = fixture.Answerer.Answer(question, lang).Text;
        text.ShouldContain(kazakh);
        text.ShouldContain(bulgarian);
    }

    [Theory]
    [InlineData("Who co-chairs the commission on the Bulgarian side?", "en", "Kalin Marinov", "Serikbayev")]
    [InlineData("Кто сопредседатель комиссии с казахстанской стороны?", "ru", "Серикбаев", "Маринов")]
    public void A_co_chair_asked_for_one_side_is_that_sides_alone(string question, string lang, string expected, string other)
    {
        var text = fixture.Answerer.Answer(question, lang).Text;
        text.ShouldContain(expected);
        text.Split('\n')[0].ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Who chairs the Rila industrial park visited by Kazakhstan's ambassador?", "en")]
    [InlineData("Who is the chairman of the Rila industrial park visited by Kazakhstan's ambassador?", "en")]
    public void The_visitor_after_by_is_no_destination_of_the_visit(string question, string lang) =>
        fixture.Answerer.Answer(question, lang).Text.ShouldContain("Stoyan Genov");
}
