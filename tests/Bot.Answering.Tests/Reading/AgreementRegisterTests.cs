using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A register of treaties (one row per document: date and place of signing in one cell, ratification, entry into force
/// in their own columns) answers each column's question from that column: when a document entered into force, where and
/// when it was signed, which one was signed in a given city and month — asked in any language — and a column the row
/// leaves empty is no answer, however near another column's date stands.
/// </summary>
public sealed class AgreementRegisterTests(AgreementRegisterTests.Fixture fixture) : IClassFixture<AgreementRegisterTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("register-ru.md", Doc("Договорная база Казахстана и Болгарии", "2020-03-02", "ru",
                "Перечень межправительственных документов, заключённых между Республикой Казахстан и Республикой Болгария.\n\n"
                + "| № | Документ | Дата и место подписания | Ратификация | Вступление в силу |\n"
                + "|---|---|---|---|---|\n"
                + "| 1 | Соглашение о сотрудничестве в области ветеринарии | 14 октября 2003 г., Варна | Закон РК № 41 от 2 февраля 2004 г. | 2 марта 2004 г. |\n"
                + "| 2 | Соглашение о сотрудничестве в области туризма | 22 мая 2012 г., Шымкент | Постановление Правительства РК № 77 от 9 июля 2012 г. | — |\n"));
            files.Write("register-en.html", "<html lang=\"en\"><head><title>Treaty register</title></head><body><article>"
                + "<h1>Treaty register: Kazakhstan and Bulgaria</h1><p>Published 5 May 2021. Documents in force between Kazakhstan and Bulgaria.</p>"
                + "<table><tr><th>Document</th><th>Place and date of signing</th><th>Entry into force</th></tr>"
                + "<tr><td>Agreement on cooperation in the field of sport</td><td>Plovdiv, 11.04.2017</td><td>30.09.2017</td></tr>"
                + "</table></article></body></html>");
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("С какого числа действует соглашение о сотрудничестве в области ветеринарии?", "ru", "2 марта 2004")]
    [InlineData("When did the veterinary cooperation agreement enter into force?", "en", "2 March 2004")]
    [InlineData("Кога влезе в сила споразумението за спорт?", "bg", "30 септември 2017")]
    public void The_entry_into_force_column_answers_when_a_document_took_effect(string question, string lang, string date)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(date, Case.Insensitive, answer.Text);
    }

    [Theory]
    [InlineData("Туризм саласындағы ынтымақтастық туралы келісім қашан күшіне енді?", "kk")]
    [InlineData("When did the tourism agreement enter into force?", "en")]
    public void An_empty_entry_into_force_cell_is_no_answer_and_the_signing_or_ratification_date_beside_it_is_none(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.Split('\n')[0].ShouldNotContain("2012", customMessage: answer.Text);
    }

    [Fact]
    public void A_place_asked_in_english_is_the_city_of_the_russian_date_and_place_cell()
    {
        var answer = Ask("Where was the agreement on cooperation in tourism signed?", "en");

        answer.Text.ShouldContain("Shymkent", customMessage: answer.Text);
        answer.Text.ShouldNotContain("Varna");
    }

    [Theory]
    [InlineData("Which agreement was signed in Varna in October 2003?", "en", "ветеринар")]
    [InlineData("Какое соглашение подписано в Пловдиве в апреле 2017 года?", "ru", "sport")]
    public void A_document_is_found_by_the_city_and_month_of_its_date_and_place_cell(string question, string lang, string title)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain(title, Case.Insensitive, answer.Text);
    }
}
