using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>Four universities counting the students who learn Kazakh, none saying where those students come from.</summary>
public sealed class LanguageLearnersFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("bg.md", Doc("Катедра Тюркология", "2024-03-20", "bg",
            "Центърът работи към Факултета по класически и нови филологии. През тази учебна година казахски език изучават 27 студенти."));
        files.Write("ru.md", Doc("Курсы казахского языка", "2024-10-02", "ru",
            "В Пловдивском университете открылись курсы. Казахский язык в этом семестре изучают 34 студента."));
        files.Write("en.md", Doc("Kazakh classes in Varna", "2024-11-12", "en",
            "The Varna Free University opened a new course this autumn. This year 19 students are learning Kazakh there."));
        files.Write("kk.md", Doc("Бургастағы қазақ тілі курсы", "2025-01-15", "kk",
            "Бургас университетінде жаңа курс ашылды. Биыл қазақ тілін 12 студент оқиды."));
    }
}

/// <summary>Students from Kazakhstan counted in Bulgaria, the country written after the noun or before it.</summary>
public sealed class KazakhStudentsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("en.md", Doc("Students from Kazakhstan", "2024-09-01", "en",
            "About 300 students from Kazakhstan study at Bulgarian universities this year, the ministry said."));
        files.Write("ru.md", Doc("Студенты", "2024-09-01", "ru",
            "В болгарских вузах в этом году учатся 45 казахстанских студентов."));
    }
}

/// <summary>
/// "How many Kazakh students study in Bulgaria" asks whose the students are: "казахски език изучават 27 студенти", "19
/// students are learning Kazakh", "қазақ тілін 12 студент оқиды" count students of the Kazakh language, and a count of
/// one group quoted for another is worse than none. A count whose own noun the country is tied to answers.
/// </summary>
public sealed class CountedGroupTests(LanguageLearnersFixture learners, KazakhStudentsFixture kazakhs)
    : IClassFixture<LanguageLearnersFixture>, IClassFixture<KazakhStudentsFixture>
{
    [Theory]
    [InlineData("How many Kazakh students study in Bulgaria?", "en")]
    [InlineData("Сколько казахстанских студентов учится в Болгарии?", "ru")]
    [InlineData("Колко казахстански студенти учат в български университети?", "bg")]
    [InlineData("Болгарияда қанша қазақстандық студент оқиды?", "kk")]
    public void Students_of_the_Kazakh_language_are_no_count_of_Kazakh_students(string question, string lang)
    {
        var answer = learners.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        foreach (var count in new[] { "27", "34", "19", "12" }) answer.Text.ShouldNotContain(count);
    }

    [Theory]
    [InlineData("How many students are learning Kazakh at the Varna Free University?", "en", "19")]
    [InlineData("Қанша студент қазақ тілін оқиды Бургаста?", "kk", "12")]
    public void A_question_on_learners_of_the_language_is_answered_by_their_count(string question, string lang, string expected)
    {
        learners.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(expected);
    }

    [Theory]
    [InlineData("How many Kazakh students study in Bulgaria?", "en", "300")]
    [InlineData("Сколько казахстанских студентов учится в болгарских вузах?", "ru", "45")]
    [InlineData("Колко казахстански студенти учат в български университети?", "bg", "300")]
    public void A_count_tied_to_the_asked_country_answers(string question, string lang, string expected)
    {
        kazakhs.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(expected);
    }
}
