using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// When a register's row and a report date one visit in different years, the answer gives both as sources that differ,
/// never one silently — the row's date is of what the row is ("Visit: Official visit of …"), though its column says only
/// "Date / place". Where they agree, one date is given. "She was received by Tokayev" dates "when did she meet Tokayev",
/// and "yesterday" is counted from the item's date.
/// </summary>
public sealed class TwoSourcesDateTests(TwoSourcesDateTests.Fixture fixture) : IClassFixture<TwoSourcesDateTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("visits-en.html", "<html lang=\"en\"><head><title>Embassy: political cooperation</title></head><body><article>"
                + "<h1>Political cooperation between Kazakhstan and Bulgaria</h1><p>Updated 1 June 2025.</p>"
                + "<table><caption>High-level visits</caption><tr><th>Year</th><th>Visit</th><th>Date / place</th></tr>"
                + "<tr><td>1993</td><td>Official visit of the President of Bulgaria Zhelyu Zhelev to Kazakhstan</td><td>July 1993</td></tr>"
                + "<tr><td>2003</td><td>Official visit of the President of Bulgaria Georgi Parvanov to Kazakhstan</td><td>25 September 2003, Astana</td></tr>"
                + "</table></article></body></html>");
            files.Write("history-ru.md", Doc("Тридцать лет дружбы", "2022-06-05", "ru",
                "Президент Болгарии Желю Желев посетил Казахстан с официальным визитом 23–31 июля 1994 года. "
                + "Президент Болгарии Георгий Пырванов посетил Казахстан с официальным визитом 25 сентября 2003 года."));
            files.Write("speaker-bg.md", Doc("Цецка Цачева приключи посещението си в Казахстан", "2015-11-10", "bg",
                "Председателят на Народното събрание Цецка Цачева приключи днес официалното си посещение в Казахстан.\n\n"
                + "Вчера тя беше приета от председателя на Сената Касим-Жомарт Токаев. Цачева го покани да посети София. "
                + "Токаев от своя страна покани български депутати на конференция, която ще се проведе догодина."));
            files.Write("bust-ru.md", Doc("Посольство: бюст Вазова в Алматы", "2023-05-25", "ru",
                "Посол напомнил, что три года назад, в 2020 году, в Софии был открыт бюст Абая Кунанбаева."));
            files.Write("bust-kk.md", Doc("Абай мен Вазов", "2023-11-21", "kk",
                "2020 жылғы 28 қазанда Софиядағы Оңтүстік саябақта Абай Құнанбайұлының бюсті ашылды."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("When did Zhelyu Zhelev visit Kazakhstan?", "en")]
    [InlineData("Когда Желю Желев посетил Казахстан?", "ru")]
    public void A_register_and_a_report_that_date_a_visit_in_different_years_are_both_given(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("1993", customMessage: answer.Text);
        answer.Text.ShouldContain("1994", customMessage: answer.Text);
    }

    [Fact]
    public void Sources_that_agree_give_one_date()
    {
        var answer = Ask("When did Georgi Parvanov visit Kazakhstan?", "en");

        answer.Text.Split('\n')[0].ShouldContain("25 September 2003", customMessage: answer.Text);
        answer.Text.ShouldNotContain("differ", Case.Insensitive, answer.Text);
    }

    [Fact]
    public void A_day_within_the_year_another_source_gives_is_the_answer_and_no_rival()
    {
        var answer = Ask("Когда в Софии был открыт бюст Абая Кунанбаева?", "ru");

        answer.Text.Split('\n')[0].ShouldContain("28 октября 2020", customMessage: answer.Text);
        answer.Text.ShouldNotContain("расходятся", Case.Insensitive, answer.Text);
    }

    [Theory]
    [InlineData("When did Tsacheva meet Senate chairman Tokayev?", "en", "9 November 2015")]
    [InlineData("Цачева Сенат төрағасы Тоқаевпен қай күні кездесті?", "kk", "2015 жылғы 9 қараша")]
    public void Being_received_by_someone_dates_the_meeting_with_them(string question, string lang, string date)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(date, Case.Insensitive, answer.Text);
    }
}
