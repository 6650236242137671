using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A protocol list: a heading line giving the occasion and its day, and under it each side's table of people under its
/// own group heading. No row repeats the occasion, the day or the word "delegation", yet a question in those words is
/// about the rows: the ministers of the asked side are every row of that side's table holding a minister's post, never
/// the other side's.
/// </summary>
public sealed class TableSectionTests(TableSectionTests.Fixture fixture) : IClassFixture<TableSectionTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("protocol.html", """
                <html lang="en"><head><title>Protocol list: extended-format talks, Sofia, 14 March 2026</title></head>
                <body><article><h1>Protocol list: extended-format talks, Sofia, 14 March 2026</h1>
                <time datetime="2026-03-10">10 March 2026</time>
                <p>Talks in the extended format, Council of Ministers building, Sofia, 14 March 2026, 10:30</p>
                <p>A. Side of the Republic of Kazakhstan</p>
                <table>
                <tr><th>No.</th><th>Name</th><th>Position</th></tr>
                <tr><td>1</td><td>Aidar Seitkali</td><td>Prime Minister of the Republic of Kazakhstan</td></tr>
                <tr><td>2</td><td>Marat Dauletov</td><td>Minister of Energy</td></tr>
                <tr><td>3</td><td>Saule Omarova</td><td>Minister of Agriculture</td></tr>
                <tr><td>4</td><td>Nurlan Abenov</td><td>Ambassador of Kazakhstan to Bulgaria</td></tr>
                </table>
                <p>B. Side of the Republic of Bulgaria</p>
                <table>
                <tr><th>No.</th><th>Name</th><th>Position</th></tr>
                <tr><td>1</td><td>Ivaylo Petkov</td><td>Prime Minister of the Republic of Bulgaria</td></tr>
                <tr><td>2</td><td>Desislava Koleva</td><td>Minister of Energy</td></tr>
                <tr><td>3</td><td>Rumen Stoev</td><td>Deputy Minister of Foreign Affairs</td></tr>
                </table>
                <p>Interpreters are provided by each side. The seating follows plan No. 3 in the Hall of Talks.</p>
                </article></body></html>
                """);
            files.Write("news.md", Doc("Kazakhstan and Bulgaria discuss energy", "2026-03-15", "en",
                "The energy ministers of Kazakhstan and Bulgaria met in Sofia on 14 March 2026 to discuss oil supplies to the Burgas refinery."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Which ministers were in the Kazakh delegation at the extended-format talks in Sofia on 14 March 2026?", "en")]
    [InlineData("Какие министры входили в казахстанскую делегацию на переговорах в расширенном формате 14 марта 2026 года?", "ru")]
    [InlineData("Кои министри бяха в казахстанската делегация на преговорите в разширен формат на 14 март 2026 г.?", "bg")]
    [InlineData("2026 жылғы 14 наурыздағы кеңейтілген форматтағы келіссөздерде қазақстандық делегация құрамында қандай министрлер болды?", "kk")]
    public void The_ministers_of_the_asked_side_are_read_from_its_table_under_the_heading(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("Dauletov");
        answer.Text.ShouldContain("Omarova");
        answer.Text.ShouldNotContain("Koleva");
        answer.Text.ShouldNotContain("Abenov");
    }

    /// <summary>
    /// The prime minister's row names a person no text has introduced ("Aidar Seitkali" is no learned name): the row's Name
    /// column says who they are, so the asked side's prime minister is read from it, not the other side's, who is known.
    /// </summary>
    [Theory]
    [InlineData("Who was the Prime Minister in the Kazakh delegation at the extended-format talks on 14 March 2026?", "en")]
    [InlineData("Кто был премьер-министром в казахстанской делегации на переговорах 14 марта 2026 года?", "ru")]
    public void A_person_the_name_column_gives_is_read_though_no_text_introduced_them(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("Seitkali");
        answer.Text.ShouldNotContain("Petkov");
        answer.Text.ShouldNotContain("Петков");
    }
}
