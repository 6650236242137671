using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Which Kazakh diplomat met the delegation?" asks for an ambassador, a consul or a chargé d'affaires the text names by
/// that post, never for a minister named beside them; "who is the author of the monument" for its sculptor or architect,
/// never for the one the monument honours. A given name beginning like a country's ("Данияр", "Дания") is no country.
/// </summary>
public sealed class PostKindTests(PostKindTests.Fixture fixture) : IClassFixture<PostKindTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("ferry-ru.md", Doc("Первый паром прибыл в Бургас", "2026-09-12", "ru",
                "Первый паром с казахстанским зерном прибыл в порт Бургас 11 сентября.\n\n"
                + "Встречать паром приехали министр земеделия Болгарии Георги Тахов и посол Казахстана в Болгарии Данияр Кадыров."));
            files.Write("forum-en.md", Doc("Business forum in Plovdiv", "2026-10-03", "en",
                "A Kazakh–Bulgarian business forum opened in Plovdiv on 2 October.\n\n"
                + "The forum was opened by Bulgaria's Minister of Economy Petar Dulev and Kazakhstan's Consul General Azamat Nurlanov."));
            files.Write("statue-kk.md", Doc("Варнада Жамбыл ескерткіші ашылды", "2026-11-20", "kk",
                "Варнаның теңіз бағында ақын Жамбыл Жабаевтың ескерткіші ашылды.\n\n"
                + "Ескерткіштің авторы — мүсінші Нұрлан Далбай. Салтанатты рәсімге Варна әкімі қатысты."));
        }
    }

    [Theory]
    [InlineData("Кой казахстански дипломат посрещна ферибота в Бургас?", "bg")]
    [InlineData("Какой казахстанский дипломат встречал паром в Бургасе?", "ru")]
    [InlineData("Which Kazakh diplomat met the ferry in Burgas?", "en")]
    public void The_ambassador_answers_which_diplomat_and_the_minister_beside_him_does_not(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        Lead(answer).ShouldContain(lang == "en" ? "Kadyrov" : "Кадыров");
        Lead(answer).ShouldNotContain(lang == "en" ? "Takhov" : "Тахов");
    }

    [Theory]
    [InlineData("Which Kazakh diplomat opened the business forum in Plovdiv?", "en")]
    [InlineData("Қай қазақстандық дипломат Пловдивтегі бизнес-форумды ашты?", "kk")]
    public void A_consul_is_a_diplomat_and_a_minister_is_not(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        Lead(answer).ShouldContain(lang == "en" ? "Nurlanov" : "Нурланов");
        Lead(answer).ShouldNotContain(lang == "en" ? "Dulev" : "Дулев");
    }

    [Theory]
    [InlineData("Кой български дипломат посрещна ферибота в Бургас?", "bg")]
    [InlineData("Which Bulgarian diplomat met the ferry in Burgas?", "en")]
    public void No_diplomat_of_the_asked_country_gives_no_person(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        Lead(answer).ShouldNotContain(lang == "en" ? "Takhov" : "Тахов");
        Lead(answer).ShouldNotContain(lang == "en" ? "Kadyrov" : "Кадыров");
    }

    [Theory]
    [InlineData("Кто автор памятника Жамбылу в Варне?", "ru")]
    [InlineData("Who is the author of the Zhambyl monument in Varna?", "en")]
    [InlineData("Кой е авторът на паметника на Жамбил във Варна?", "bg")]
    public void The_author_of_a_monument_is_its_sculptor_not_the_poet_it_honours(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldContain(lang == "en" ? "Dalbay" : "Далбай");
        Lead(answer).ShouldNotContain(lang == "en" ? "Zhambyl" : "Жамбыл");
    }

    [Theory]
    [InlineData("Кто открыл памятник Жамбылу в Варне?", "ru")]
    [InlineData("Who unveiled the Zhambyl monument in Varna?", "en")]
    public void The_one_a_monument_honours_is_no_answer_to_who_unveiled_it(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        Lead(answer).ShouldNotContain(lang == "en" ? "Zhab" : "Жаба");
    }

    // The answer's first line names the person; the quotes under it may name the others the sentence does.
    static string Lead(Answer answer) => answer.Text.Split('\n')[0];
}
