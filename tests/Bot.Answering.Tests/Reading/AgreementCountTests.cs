using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How many documents were signed in March 2019?": when no sentence states the number, the agreements the store holds
/// of that month are counted; another month's are not. A count of something else under an agreement ("how many students
/// a year under the education memorandum") is a number a text must state, never the agreement's card.
/// </summary>
public sealed class AgreementCountTests(AgreementCountTests.Fixture fixture) : IClassFixture<AgreementCountTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("tourism.md", Doc("Tourism memorandum", "2019-03-12", "en",
                "On 12 March 2019 in Astana, Kazakhstan and Bulgaria signed a memorandum of understanding on cooperation in tourism."));
            files.Write("air.md", Doc("Air services", "2019-03-14", "en",
                "On 14 March 2019 in Sofia, Kazakhstan and Bulgaria signed an agreement on air services."));
            files.Write("culture.md", Doc("Culture programme", "2019-06-02", "en",
                "On 2 June 2019 in Plovdiv, Kazakhstan and Bulgaria signed a programme of cooperation in culture."));
            files.Write("education.md", Doc("Education memorandum", "2021-05-05", "en",
                "On 5 May 2021 in Sofia, Kazakhstan and Bulgaria signed a memorandum on cooperation in education and science."));
        }
    }

    [Theory]
    [InlineData("How many documents did Kazakhstan and Bulgaria sign in March 2019?", "en")]
    [InlineData("Сколько документов Казахстан и Болгария подписали в марте 2019 года?", "ru")]
    [InlineData("Колко документа подписаха Казахстан и България през март 2019 г.?", "bg")]
    public void The_agreements_of_the_asked_month_are_counted(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("2");
        answer.Text.ShouldNotContain("Plovdiv");
    }

    [Theory]
    [InlineData("How many students a year will be trained under the education memorandum?", "en")]
    [InlineData("Сколько студентов в год будут обучаться по меморандуму об образовании?", "ru")]
    [InlineData("Колко студенти годишно ще се обучават по меморандума за образование?", "bg")]
    [InlineData("Білім беру туралы меморандум бойынша жылына қанша студент оқиды?", "kk")]
    public void A_count_of_something_else_under_an_agreement_is_not_answered_with_its_card(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2021");
    }
}
