using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An akimat is no akim, a place someone is reported to have named is not where the event was, and a minister a Bulgarian
/// text names without a country is Bulgaria's: a Kazakh Telegram post of a city akimat whose akim is quoted below a line
/// about a president's visit, a Bulgarian report whose chargé d'affaires said the festival would travel to two Kazakh
/// cities, and a Russian report of an exhibition beside another one in Astana. Asked in en/ru/bg/kk.
/// </summary>
public sealed class OfficesAndReportedWordsTests(OfficesAndReportedWordsTests.Fixture fixture) : IClassFixture<OfficesAndReportedWordsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("taraz-telegram.txt", """
                Тараз қаласының әкімдігі | Telegram

                📌 Тараз қаласының әкімдігі хабарлайды.

                Болгария Республикасының Президенті Румен Радевтің сапары аясында Тараз бен Бургас қалалары арасында ынтымақтастық туралы меморандумға қол қойылды.

                «Бургаспен байланыс туризмге жол ашады», – деді Тараз қаласының әкімі Бақытжан Орынбеков.

                Фото: Тараз қаласы әкімдігінің баспасөз қызметі. Суретте: Бургас мэрі Димитър Николов.

                👁 1 240
                """);
            files.Write("burgas-film-days.md", Doc("Дни на казахстанското кино в Бургас", "2024-11-15", "bg", """
                БУРГАС. В четвъртък в Бургас започнаха Дните на казахстанското кино.

                Заместник-министърът на културата Мария Стоянова откри програмата, а временно управляващият посолството Серик Абенов заяви, че фестивалът ще гостува в Шымкент и Актау догодина.
                """));
            files.Write("plovdiv-felt.md", Doc("В Пловдиве открылась выставка казахского войлока", "2024-10-03", "ru", """
                ПЛОВДИВ, 3 октября. Во вторник в Пловдиве открылась выставка казахского войлока «Киіз».

                С приветственным словом выступил заместитель министра культуры Болгарии Иван Петров, а посол Казахстана Нурлан Жалгасбаев заявил, что в следующем году выставку покажут в Астане и Алматы.

                В мае в Астане аналогичную выставку болгарской керамики открывала министр культуры Казахстана Аида Балаева.
                """));
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Кой е кметът на Тараз, цитиран в съобщението на акимата?", "bg")]
    [InlineData("Who is the akim of Taraz quoted in the akimat's post?", "en")]
    [InlineData("Какой аким Тараза упомянут в сообщении акимата?", "ru")]
    public void The_akimat_that_posts_is_not_its_akim_and_a_president_beside_it_is_not_either(string question, string lang)
    {
        var first = First(question, lang);

        first.ShouldContain(lang == "en" ? "Orynbekov" : "Орынбеков");
        first.ShouldNotContain(lang == "en" ? "Radev" : "Радев");
    }

    [Theory]
    [InlineData("Who opened the Kazakh film days in Burgas?", "en", "Stoyanova", "Abenov")]
    [InlineData("Кто открыл Дни казахстанского кино в Бургасе?", "ru", "Стоянова", "Абенов")]
    public void Places_named_only_in_what_someone_said_do_not_place_the_event_elsewhere(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Who spoke for Kazakhstan at the Kazakh film days in Burgas?", "en", "Abenov", "Stoyanova")]
    [InlineData("Who spoke for Bulgaria at the Kazakh film days in Burgas?", "en", "Stoyanova", "Abenov")]
    public void A_minister_a_bulgarian_text_names_without_a_country_is_bulgarias(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Who opened the exhibition in Astana?", "en", "Balaeva", "Zhalgasba")]
    [InlineData("Кто открывал выставку в Астане?", "ru", "Балаева", "Жалгасба")]
    public void A_city_someone_said_the_show_will_travel_to_is_not_where_they_spoke(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }
}
