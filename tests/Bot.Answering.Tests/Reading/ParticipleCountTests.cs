namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Exchanged six signed agreements": a participle between the number and the noun it counts does not hide the count,
/// in digits or in a number word of any case.
/// </summary>
public sealed class ParticipleCountTests(ParticipleCountNewsFixture fixture) : IClassFixture<ParticipleCountNewsFixture>
{
    [Theory]
    [InlineData("Сколько соглашений подписали министры после заседания межправительственной комиссии?", "ru")]
    [InlineData("How many agreements did the ministers exchange after the intergovernmental commission met?", "en")]
    [InlineData("Колко споразумения размениха министрите след заседанието на междуправителствената комисия?", "bg")]
    [InlineData("Үкіметаралық комиссия отырысынан кейін министрлер қанша келісім алмасты?", "kk")]
    public void A_number_word_before_a_participle_counts_the_noun_after_it(string question, string lang)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldContain("6");
    }

    [Fact]
    public void Digits_or_words_before_a_participle_count_in_english_too()
    {
        var first = fixture.Answerer.Answer("How many protocols did the chambers exchange at the Plovdiv fair?", "en").Text.Split('\n')[0];

        first.ShouldContain("3");
    }
}
