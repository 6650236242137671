using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Who signed for Shymkent" is answered with the signatory whose post names Shymkent, in whichever language it is asked.</summary>
public sealed class SideOfPersonTests(SideNewsFixture fixture) : IClassFixture<SideNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Кто подписал соглашение о побратимстве Шымкента и Пловдива со стороны Шымкента?", "ru", "Садыков")]
    [InlineData("Шымкент пен Пловдив арасындағы бауырластық келісімге Шымкент тарапынан кім қол қойды?", "kk", "Садыков")]
    [InlineData("Кой подписа споразумението за побратимяване между Шымкент и Пловдив от страна на Пловдив?", "bg", "Тонев")]
    public void The_signatory_for_a_city_is_the_one_whose_post_names_that_city(string question, string lang, string surname)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain(surname);
    }

    [Theory]
    [InlineData("Who signed the renewable energy memorandum for Bulgaria?", "en", "Stoyanov")]
    [InlineData("Кто подписал меморандум о возобновляемой энергетике с болгарской стороны?", "ru", "Стоянов")]
    [InlineData("Кто подписал меморандум о ветеринарии с казахстанской стороны?", "ru", "Нуров")]
    [InlineData("Кой подписа меморандума за ветеринарията от българска страна?", "bg", "Минчев")]
    [InlineData("Ветеринария туралы меморандумға қазақстандық тараптан кім қол қойды?", "kk", "Нуров")]
    public void The_signatory_for_a_country_is_the_one_under_its_heading(string question, string lang, string surname)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain(surname);
        // Kazakhstan's ambassador "to the Republic of Bulgaria" is of Kazakhstan's side, never Bulgaria's.
        if (surname is "Stoyanov" or "Стоянов") answer.Text.Split('\n')[0].ShouldNotContain("Nurlanov");
    }

    [Theory]
    [InlineData("Who signed the tourism agreement for Bulgaria?", "en")]
    [InlineData("Кой подписа споразумението за туризъм от българска страна?", "bg")]
    public void The_other_countrys_signatory_is_no_answer_for_a_side_no_text_names(string question, string lang)
    {
        var answer = Ask(question, lang);
        // A refusal may quote the sentence as what the sources say; the headline must not name him.
        answer.Text.Split('\n')[0].ShouldNotContain("Жумабаев");
        answer.Text.Split('\n')[0].ShouldNotContain("Zhumabaev");
    }
}
