using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An FAQ page prints each question bare, as a heading, and its answer under it ("Кой е почетен консул на Казахстан във
/// Варна?" / "Стефан Маринов, от 2019 г."): the answer is read with its question, which says whose post or what count it
/// gives, and is quoted under it; a question the page asks the other way round, of another place or another year is
/// refused, not answered with a neighbouring answer. A transcript's answer opening with its speaker's name is read with
/// the journalist's question before it.
/// </summary>
public sealed class FaqPageTests(FaqPageTests.Fixture fixture) : IClassFixture<FaqPageTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("faq-bg.html", "<html><head><title>Често задавани въпроси — Посолство на Република Казахстан в София</title>"
                + "<meta property=\"article:published_time\" content=\"2024-02-05\"></head><body>"
                + "<nav><a href=\"/\">Начало</a> | <a href=\"/consul\">Консулски въпроси</a></nav>"
                + "<h1>Често задавани въпроси</h1>"
                + "<h3>Кой ръководи консулската служба на посолството?</h3><p>Консулската служба се ръководи от първия секретар Айдар Жаксыбеков.</p>"
                + "<h3>Колко граждани на България са посетили Казахстан без виза през 2023 г.?</h3><p>Около 4 200 души.</p>"
                + "<h3>Кой е почетен консул на Казахстан във Варна?</h3><p>Стефан Маринов, от 2019 г.</p>"
                + "<h3>Колко казахстански студенти учат в България?</h3><p>През учебната 2023/2024 г. – 312.</p>"
                + "<footer>Тел.: +359 2 123 4567</footer></body></html>");
            files.Write("briefing-kk.txt", "Қазақстан Сыртқы істер министрлігінің ресми өкілінің брифингі\n\n"
                + "Астана, 2024 жылғы 18 қаңтар\n\n"
                + "СҰРАҚ: Венгрияда қанша қазақстандық компания жұмыс істейді?\n\n"
                + "АЙТБЕК СМАДИЯРОВ: Қазіргі уақытта 48 компания тіркелген.\n\n"
                + "СҰРАҚ: Болгариямен сауда айналымы өткен жылы қанша болды?\n\n"
                + "АЙТБЕК СМАДИЯРОВ: 2023 жылы екі ел арасындағы тауар айналымы 180 млн долларды құрады.\n");
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Who is the honorary consul of Kazakhstan in Varna?", "en")]
    [InlineData("Кто почётный консул Казахстана в Варне?", "ru")]
    [InlineData("Кой е почетният консул на Казахстан във Варна?", "bg")]
    [InlineData("Қазақстанның Варнадағы құрметті консулы кім?", "kk")]
    public void The_holder_of_a_post_is_read_from_the_answer_under_the_question_naming_the_post(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldMatch("(?i)Marinov|Маринов", answer.Text);
        answer.Text.ShouldContain("Кой е почетен консул на Казахстан във Варна?", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("How many Kazakh students study in Bulgaria?", "en")]
    [InlineData("Сколько казахстанских студентов учится в Болгарии?", "ru")]
    [InlineData("Колко казахстански студенти учат в България?", "bg")]
    [InlineData("Болгариядағы қазақстандық студенттер саны қанша?", "kk")]
    public void A_count_answered_by_a_bare_number_counts_what_its_question_counts(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain("312", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("How many Bulgarian students study in Kazakhstan?", "en")]
    [InlineData("Сколько болгарских студентов учится в Казахстане?", "ru")]
    [InlineData("Who is the honorary consul of Kazakhstan in Plovdiv?", "en")]
    [InlineData("Колко българи са посетили Казахстан без виза през 2022 г.?", "bg")]
    public void A_question_the_page_answers_of_another_side_place_or_year_is_refused(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("312", customMessage: answer.Text);
        answer.Text.ShouldNotMatch("(?i)Marinov|Маринов|4 200");
    }

    [Theory]
    [InlineData("Who heads the consular section of the embassy?", "en")]
    [InlineData("Кто руководит консульской службой посольства?", "ru")]
    public void The_head_of_a_section_is_the_one_the_answer_names(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldMatch("(?i)Zhaksybekov|Жаксыбеков", answer.Text);
    }

    [Theory]
    [InlineData("How many Kazakh companies work in Bulgaria?", "en")]
    [InlineData("Болгарияда қанша қазақстандық компания жұмыс істейді?", "kk")]
    public void A_count_a_spokesman_gave_of_another_country_answers_no_question_about_Bulgaria(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldNotContain("48", customMessage: answer.Text);
    }
}
