using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Goods listed per way of trade in layouts other than a news paragraph — a Kazakh Telegram post with emoji bullets, an
/// English slide of short lines under a dated heading, a Russian reference table — each beside a distractor of the other
/// way or another year: a question for one way is answered by that way's goods, or refused, never by the other way's.
/// </summary>
public sealed class GoodsByDirectionDocumentsTests(GoodsByDirectionDocumentsTests.Fixture fixture) : IClassFixture<GoodsByDirectionDocumentsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("telegram.txt", Doc("Сауда шолуы: Қазақстан — Болгария", "2023-11-02", "kk",
                "📦 Сауда арнасы | Қазақстан 🇰🇿 — Болгария 🇧🇬\n\n" +
                "📊 2023 жылдың тоғыз айындағы сауда қорытындысы:\n\n" +
                "▪️ Қазақстан Болгарияға мыс, мырыш және бидай жеткізді.\n" +
                "▪️ Болгария Қазақстанға дәрі-дәрмек пен ауыл шаруашылығы жабдықтарын экспорттады.\n\n" +
                "🗓 Еске салайық: 2021 жылы Болгария бізге негізінен шарап жеткізген.\n\n#сауда #экспорт"));
            files.Write("slides.md", Doc("Kazakhstan–Bulgaria Business Council: briefing slides", "2023-09-15", "en",
                "Slide 3. Trade structure, first half of 2023\n\n" +
                "- Turnover: $140 million\n- Kazakh exports: uranium, ferroalloys, wheat\n- Bulgarian exports: medicines, machinery, wine\n\n" +
                "Slide 4. Investment climate\n\n" +
                "- More than 40 companies with Bulgarian capital are registered in Kazakhstan\n- In 2019 Kazakhstan sold mostly grain and zinc to Bulgaria"));
            files.Write("table.md", Doc("Справка: торговля Казахстана с Болгарией за 2022 год", "2023-03-01", "ru",
                "Министерство торговли и интеграции подготовило справку о взаимной торговле за 2022 год.\n\n" +
                "| Направление | Сумма | Основные товары |\n|---|---|---|\n" +
                "| Экспорт Казахстана в Болгарию | 88 млн $ | нефть, ферросплавы |\n" +
                "| Импорт Казахстана из Болгарии | 54 млн $ | лекарства, электроника |\n\n" +
                "Для сравнения, в 2020 году Болгария поставляла в Казахстан в основном зерно."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("2023 жылдың тоғыз айында Болгария Қазақстанға қандай тауарлар жеткізді?", "kk", "дәрі", "мыс")]
    [InlineData("Какие товары Казахстан поставлял в Болгарию за девять месяцев 2023 года?", "ru", "мыс", "дәрі")]
    public void A_telegram_posts_bullet_for_the_asked_way_answers_not_the_other_ways(string question, string lang, string expected, string otherWay)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain(expected);
        answer.Text.ShouldNotContain(otherWay);
        answer.Text.ShouldNotContain("шарап");
    }

    [Fact]
    public void A_slides_line_for_kazakh_exports_answers_a_bulgarian_question_in_its_period()
    {
        var answer = Ask("Кои стоки изнася Казахстан за България през първото полугодие на 2023 г.?", "bg");

        answer.Text.ShouldContain("uranium");
        answer.Text.ShouldNotContain("medicines");
        answer.Text.ShouldNotContain("grain");
    }

    [Theory]
    [InlineData("What did Bulgaria sell to Kazakhstan in the first half of 2023?", "en")]
    [InlineData("What did Bulgaria mainly ship to Kazakhstan in 2023?", "en")]
    public void Bulgarias_sales_are_never_answered_by_kazakhstans_line(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldNotContain("мыс");
        answer.Text.ShouldNotContain("uranium");
    }

    [Theory]
    [InlineData("Какви стоки е внесъл Казахстан от България през 2022 г.?", "bg", "лекарства", "нефть")]
    [InlineData("2022 жылы Қазақстан Болгарияға қандай тауарлар экспорттады?", "kk", "нефть", "лекарства")]
    public void A_tables_row_for_the_asked_way_answers(string question, string lang, string expected, string otherWay)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain(expected);
        answer.Text.ShouldNotContain(otherWay);
        answer.Text.ShouldNotContain("зерно");
    }

    [Fact]
    public void Another_years_sentence_answers_its_own_year()
    {
        var answer = Ask("Which goods did Bulgaria supply to Kazakhstan in 2020?", "en");

        answer.Text.ShouldContain("зерно");
        answer.Text.ShouldNotContain("лекарства");
    }
}
