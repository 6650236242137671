using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// Counts of firms with one side's capital in the other country, written in a Telegram post (emoji, hashtags, another
/// country's count beside them) and in a chronology whose items carry their own years, asked in other languages: the
/// count of the asked side answers, the newest by default, the oldest when the question asks for the earlier count, the
/// asked year's when it names one; another side's or another country's count never does.
/// </summary>
public sealed class CapitalCountTests(CapitalCountTests.Fixture fixture) : IClassFixture<CapitalCountTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("post-bg.md", Doc("Бизнес мост София – Астана", "2024-11-05", "bg",
                "🇧🇬🤝🇰🇿 Бизнес мост София – Астана\n\n"
                + "📊 Над 70 фирми с български капитал работят в Казахстан, а в България са регистрирани 48 дружества с казахстански капитал.\n\n"
                + "🇺🇿 За сравнение: в Узбекистан работят 30 фирми с български капитал.\n\n#България #Казахстан #бизнес #инвестиции"));
            files.Write("chronology-kk.md", Doc("Қазақстан мен Болгария: іскерлік байланыстар шежіресі", "2025-03-01", "kk",
                "Шежіре\n\n"
                + "- 2012 жыл — Софияда алғашқы бизнес-форум өтті, оған 150 қатысушы келді.\n"
                + "- 2016 жыл — Болгарияда қазақстандық капиталы бар 22 компания тіркелген еді, ал Қазақстанда болгар капиталы бар 40 компания жұмыс істеді.\n"
                + "- 2024 жыл — Қазақстанда болгар капиталы бар 70-тен астам компания жұмыс істейді."));
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("How many companies with Kazakh capital are registered in Bulgaria?", "en")]
    [InlineData("Сколько фирм с казахстанским капиталом зарегистрировано в Болгарии?", "ru")]
    [InlineData("Болгарияда қазақстандық капиталы бар қанша компания тіркелген?", "kk")]
    public void The_newest_count_of_the_asked_side_answers(string question, string lang)
    {
        var first = First(question, lang);

        first.ShouldStartWith("48");
        first.ShouldNotContain("70");
        first.ShouldNotContain("22");
    }

    [Theory]
    [InlineData("Колко фирми с казахстански капитал е имало в България по-рано?", "bg", "22")]
    [InlineData("According to the older count, how many firms with Kazakh capital were in Bulgaria?", "en", "22")]
    [InlineData("По прежним данным, сколько компаний с болгарским капиталом работало в Казахстане?", "ru", "40")]
    public void The_earlier_count_is_the_one_the_texts_date_before_the_other(string question, string lang, string expected)
    {
        var first = First(question, lang);

        first.ShouldStartWith(expected);
        first.ShouldNotContain("48");
    }

    [Theory]
    [InlineData("How many companies with Kazakh capital were registered in Bulgaria in 2016?", "en", "22")]
    [InlineData("Колко компании с български капитал работеха в Казахстан през 2016 г.?", "bg", "40")]
    public void A_count_asked_for_a_year_is_that_years(string question, string lang, string expected) =>
        First(question, lang).ShouldStartWith(expected);

    [Theory]
    [InlineData("Сколько фирм с болгарским капиталом работает в Казахстане?", "ru")]
    [InlineData("Қазақстанда болгар капиталы бар қанша фирма жұмыс істейді?", "kk")]
    public void The_other_sides_count_does_not_answer(string question, string lang)
    {
        var first = First(question, lang);

        first.ShouldContain("70");
        first.ShouldNotContain("48");
        first.ShouldNotContain("30");
    }

    [Fact]
    public void A_count_in_a_country_no_text_counts_in_is_refused() =>
        fixture.Answerer.Answer("How many companies with Kazakh capital operate in Romania?", "en").Kind.ShouldBe(Bot.Answering.Composing.AnswerKind.NotFound);
}
