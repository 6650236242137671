using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A figure of one good is asked more narrowly than the trade the store holds: a Bulgarian statistics page whose table
/// has a column per good, each with its way of trade written as an arrow, and a total column; and a Kazakh news item on
/// the whole of exports. A good's question is answered from its own column in any language, a good of the other way or
/// one no source names is refused, never answered with the total.
/// </summary>
public sealed class GoodsColumnsTests(GoodsColumnsTests.Fixture fixture) : IClassFixture<GoodsColumnsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("stats.html", """
                <html lang="bg"><head><title>Търговия с Казахстан по стокови групи</title></head>
                <body><article><h1>Търговия с Казахстан по стокови групи</h1>
                <time datetime="2025-05-06">6 май 2025</time>
                <p><b>Таблица 3. Търговия между България и Казахстан по стоки, млн. щатски долара</b></p>
                <table>
                <tr><th>Година</th><th>Мед (KZ→BG)</th><th>Вино (BG→KZ)</th><th>Общ стокообмен</th></tr>
                <tr><td>2023</td><td>6,3</td><td>2,8</td><td>151,7</td></tr>
                <tr><td>2024</td><td>9,1</td><td>3,6</td><td>188,4</td></tr>
                </table>
                </article></body></html>
                """);
            files.Write("news.md", Doc("Қазақстанның Болгарияға экспорты өсті", "2025-02-10", "kk",
                "2024 жылы Қазақстанның Болгарияға экспорты 141,2 млн АҚШ долларына жетті."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("How much copper did Kazakhstan export to Bulgaria in 2024?", "en", "9.1")]
    [InlineData("Колко вино е внесъл Казахстан от България през 2024 г.?", "bg", "3,6")]
    public void A_goods_column_answers_its_own_good_in_another_language(string question, string lang, string expected)
    {
        // The answer's line gives the column's value; the quoted row under it shows the whole row, total included.
        var line = Ask(question, lang).Text.Split('\n')[0];

        line.ShouldContain(expected);
        line.ShouldNotContain("188");
        line.ShouldNotContain("141");
    }

    [Fact]
    public void A_good_asked_the_other_way_than_its_column_states_is_refused()
    {
        var answer = Ask("How much wine did Kazakhstan export to Bulgaria in 2024?", "en");

        answer.Text.ShouldNotContain("3.6");
        answer.Text.ShouldNotContain("9.1");
        answer.Text.ShouldNotContain("141");
    }

    [Theory]
    [InlineData("2024 жылы Қазақстан Болгарияға қанша көмір экспорттады?", "kk")]
    [InlineData("Колко въглища е изнесъл Казахстан за България през 2024 г.?", "bg")]
    public void A_good_no_source_names_is_refused_not_answered_with_all_exports(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("141");
    }

    [Fact]
    public void The_total_column_still_answers_the_trade()
    {
        var line = Ask("What was the trade turnover between Kazakhstan and Bulgaria in 2023?", "en").Text.Split('\n')[0];

        line.ShouldContain("151.7");
        line.ShouldNotContain("6.3");
    }
}
