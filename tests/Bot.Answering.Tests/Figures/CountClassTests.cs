using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// Count questions of the kinds news and fact sheets state them in: a table's item numbers are no count; a place in an
/// order answers "кой поред"; a census table's year rows answer for their own year; a count of companies the other way
/// round (Bulgarian ones in Kazakhstan) does not answer for Kazakh ones in Bulgaria; a follow-up that counts something
/// else answers for it, never with the last figure again.
/// </summary>
public sealed class CountClassTests(CountClassTests.Fixture fixture) : IClassFixture<CountClassTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("register.md", Doc("Treaty register of the embassy", "2021-03-02", "en",
                "Treaties in force between the two countries.\n\n| No. | Document | Signed | Place of signing |\n|---|---|---|---|\n"
                + "| 3 | Agreement on the protection of classified information | 06.2011 | Astana |\n"
                + "| 4 | Agreement on cooperation in the field of culture | 11.2015 | Astana |\n"));
            files.Write("twins-kk.md", Doc("Шымкент пен Пловдив бауырлас қала атанды", "2025-06-12", "kk",
                "Пловдив қалалық кеңесінің депутаттары Шымкентті Пловдивтің 29-шы бауырлас қаласы ету туралы шешімге дауыс берді."));
            files.Write("twins-ru.md", Doc("Актау и Варна стали побратимами", "2024-05-03", "ru",
                "Актау стал седьмым городом-побратимом Варны."));
            files.Write("census.md", Doc("Background note: the Bulgarian community in Kazakhstan", "2019-10-03", "en",
                "Census results for ethnic Bulgarians in Kazakhstan:\n\n| Year | Ethnic Bulgarians |\n|---|---|\n| 1989 | 10,228 |\n| 1999 | 6,915 |\n| 2009 | 4,523 |\n"));
            files.Write("centres.md", Doc("Bulgarian organisations in Kazakhstan", "2019-10-03", "en", "Five Bulgarian cultural centres operate in Kazakhstan."));
            files.Write("nations.md", Doc("Токаев прие Йотова", "2019-10-07", "bg",
                "Президентът Токаев подчерта, че в Казахстан живеят представители на около 140 националности."));
            files.Write("companies.md", Doc("Болгарский бизнес в Казахстане", "2024-02-12", "ru",
                "В Казахстане работает около 60 компаний с болгарским участием."));
        }
    }

    string First(string question, string lang, ConversationState? chat = null) => fixture.Answerer.Answer(question, lang, chat).Text.Split('\n')[0];

    [Theory]
    [InlineData("How many agreements of the register were signed in Astana?", "en")]
    [InlineData("Сколько документов реестра подписано в Астане?", "ru")]
    public void The_number_of_a_table_row_is_no_count(string question, string lang)
    {
        var first = First(question, lang);

        first.ShouldNotStartWith("3");
        first.ShouldNotStartWith("4");
        first.ShouldNotContain("11,2");
    }

    [Theory]
    [InlineData("Кой поред град-побратим на Пловдив ще стане Шимкент?", "bg", "29")]
    [InlineData("Коя поред побратимена връзка на Пловдив е Шимкент?", "bg", "29")]
    [InlineData("Какой по счёту побратим Пловдива Шымкент?", "ru", "29")]
    [InlineData("Кой поред побратим на Варна стана Актау?", "bg", "7")]
    public void A_place_in_an_order_answers_which_in_order(string question, string lang, string expected) =>
        First(question, lang).ShouldContain(expected);

    [Theory]
    [InlineData("Сколько этнических болгар было в Казахстане в 1999 году?", "ru", "6", "4")]
    [InlineData("How many ethnic Bulgarians lived in Kazakhstan in 1999?", "en", "6", "4")]
    [InlineData("Колко българи е имало в Казахстан през 2009 г.?", "bg", "4", "6")]
    public void A_census_table_answers_for_the_asked_year_row(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldMatch($@"^\W*{expected}\D?\d{{3}}");
        first.ShouldNotMatch($@"^\W*{other}\D?\d{{3}}");
    }

    [Theory]
    [InlineData("Сколько компаний с казахстанским капиталом работает в Болгарии?", "ru")]
    [InlineData("How many Kazakh companies operate in Bulgaria?", "en")]
    public void A_count_stated_the_other_way_round_does_not_answer(string question, string lang) =>
        First(question, lang).ShouldNotContain("60");

    [Theory]
    [InlineData("Сколько компаний с болгарским участием работает в Казахстане?", "ru")]
    [InlineData("How many Bulgarian companies operate in Kazakhstan?", "en")]
    public void The_count_of_the_asked_direction_answers(string question, string lang) =>
        fixture.Answerer.Answer(question, lang).Text.ShouldContain("60");

    [Theory]
    [InlineData("Тоқаевтың айтуынша, Қазақстанда қанша ұлт өкілдері тұрады?", "Ал болгар мәдени орталықтары қанша?", "kk")]
    [InlineData("Сколько национальностей живёт в Казахстане, по словам Токаева?", "А болгарских культурных центров сколько?", "ru")]
    [InlineData("How many nationalities live in Kazakhstan according to Tokayev?", "And how many Bulgarian cultural centres?", "en")]
    public void A_follow_up_counting_something_else_counts_it(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        First(first, lang, chat).ShouldContain("140");

        var next = First(followUp, lang, chat);

        next.ShouldNotContain("140");
        next.ShouldMatch("5|five|пять|бес");
    }
}
