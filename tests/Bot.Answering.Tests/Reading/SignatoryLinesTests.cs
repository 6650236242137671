using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A communiqué lists its signatories one to a line under each side's heading, each with a title after the name, as a
/// PDF's text gives them ("For the Republic of Kazakhstan: Yerzhan Abilov, Chairman of the Civil Aviation Committee⏎For
/// the Republic of Bulgaria: …"): the next line's heading is no part of the title, so the signatory is not read as the
/// other side's, and the ambassador who attended signed for nobody.
/// </summary>
public sealed class SignatoryLinesTests(SignatoryLinesTests.Fixture fixture) : IClassFixture<SignatoryLinesTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("aviation-en.md", Doc("Joint communiqué on the consultations of the aeronautical authorities", "2024-03-11", "en",
                "The delegations of the aeronautical authorities of the two countries held consultations in Astana. The Parties agreed as follows:\n"
                + "*  the delegations initialled the new text of the Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria on air services;\n"
                + "*  a Memorandum of Understanding was signed under which the designated airlines of each Party may operate four frequencies a week.\n"
                + "Signatories of the Memorandum of Understanding\n"
                + "For the Republic of Kazakhstan:  Yerzhan Abilov, Chairman of the Civil Aviation Committee\n"
                + "For the Republic of Bulgaria:    Milena Dimova, Ministry of Transport\n"
                + "The signing was attended by the Ambassador of the Republic of Bulgaria to the Republic of Kazakhstan, Georgi Vasilev."));
            files.Write("customs-ru.md", Doc("Подписан протокол о таможенном сотрудничестве", "2024-04-02", "ru",
                "В Софии подписан протокол о таможенном сотрудничестве между Казахстаном и Болгарией.\nПротокол подписали:\n"
                + "Со стороны Казахстана: Бауыржан Сеитов, председатель Комитета государственных доходов\n"
                + "Со стороны Болгарии: Петко Русев, директор Агентства таможни\n"
                + "На подписании присутствовал посол Казахстана в Болгарии Арман Досов."));
        }
    }

    [Theory]
    [InlineData("Who signed the air services memorandum for Kazakhstan?", "en", "Abilov")]
    [InlineData("Кто подписал меморандум об авиасообщении с казахстанской стороны?", "ru", "Абилов")]
    [InlineData("Әуе қатынасы туралы меморандумға қазақстандық тараптан кім қол қойды?", "kk", "Абилов")]
    [InlineData("Who signed the air services memorandum for Bulgaria?", "en", "Dimova")]
    [InlineData("Кто подписал протокол о таможенном сотрудничестве с казахстанской стороны?", "ru", "Сеитов")]
    [InlineData("Кой подписа протокола за митническо сътрудничество от българска страна?", "bg", "Русев")]
    public void The_signatory_under_the_asked_sides_heading_is_the_answer(string question, string lang, string surname)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        var lead = answer.Text.Split('\n')[0];
        lead.ShouldContain(surname);
        lead.ShouldNotContain("Vasilev");
        lead.ShouldNotContain("Васил");
        lead.ShouldNotContain("Досов");
    }
}
