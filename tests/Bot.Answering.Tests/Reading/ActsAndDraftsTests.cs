using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "When was it ratified?" of a law's own text is the day the law is dated, never the signing date the law quotes; "has it
/// been signed?" of a memorandum the text calls a draft, not yet signed, is answered with those words, not with a record of
/// another memorandum.
/// </summary>
public sealed class ActsAndDraftsTests(ActsAndDraftsNewsFixture fixture) : IClassFixture<ActsAndDraftsNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Когда Казахстан ратифицировал соглашение о воздушном сообщении с Болгарией?", "ru", "2015", "2014")]
    [InlineData("When was the air services agreement ratified by Kazakhstan?", "en", "2015", "2014")]
    [InlineData("Кога България ратифицира споразумението за сътрудничество в областта на туризма?", "bg", "20 юли 2016", "4 април")]
    [InlineData("When did Bulgaria ratify the health cooperation agreement?", "en", "1 February 2019", "12 May 2018")]
    [InlineData("Когда было ратифицировано соглашение о сотрудничестве в области здравоохранения?", "ru", "2019", "2018")]
    public void A_law_ratifies_on_the_day_it_is_dated_not_on_the_signing_date_it_quotes(string question, string lang, string dated, string signed)
    {
        var lead = Ask(question, lang).Text.Split('\n')[0];

        lead.ShouldContain(dated);
        lead.ShouldNotContain(signed);
    }

    [Fact]
    public void A_kazakh_law_ratifying_in_the_jussive_is_dated_by_the_law()
    {
        var lead = Ask("Білім беру саласындағы ынтымақтастық туралы келісім қашан ратификацияланды?", "kk").Text.Split('\n')[0];

        lead.ShouldContain("2017");
        lead.ShouldNotContain("2016");
    }

    [Fact]
    public void The_signing_date_a_law_quotes_still_answers_when_it_was_signed()
    {
        var answer = Ask("Когда было подписано соглашение о воздушном сообщении?", "ru");

        answer.Text.ShouldContain("3 марта 2014");
        answer.Text.ShouldNotStartWith("12 ноября 2015");
    }

    [Theory]
    [InlineData("Когда было парафировано соглашение о социальном обеспечении?", "ru", "4 октября 2023")]
    [InlineData("Социалдық қамсыздандыру туралы келісім қашан парафталды?", "kk", "2023")]
    public void The_initialling_of_an_agreement_is_dated_by_the_sentence_telling_it_not_by_a_record(string question, string lang, string dated)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.Agreements);
        answer.Text.Split('\n')[0].ShouldContain(dated);
    }

    [Theory]
    [InlineData("Has a memorandum on renewable energy been signed?", "en", "not yet been signed")]
    [InlineData("Подписан ли меморандум о сотрудничестве в области ветеринарии?", "ru", "пока не подписан")]
    [InlineData("Подписаха ли министрите на земеделието меморандум за ветеринарно сътрудничество?", "bg", "не подписан")]
    [InlineData("Цифрландыру саласындағы меморандумға қол қойылды ма?", "kk", "қол қойылған жоқ")]
    [InlineData("Did the ministers sign the memorandum on renewable energy?", "en", "draft memorandum")]
    public void Asked_whether_a_drafted_memorandum_was_signed_the_answer_says_not_yet(string question, string lang, string told)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.Agreements);
        answer.Text.ShouldContain(told);
        answer.Text.ShouldNotContain("customs");
    }

    [Fact]
    public void Asked_whether_a_signed_memorandum_was_signed_its_record_is_the_answer()
    {
        var answer = Ask("Was a memorandum on customs data signed?", "en");

        answer.Kind.ShouldBe(AnswerKind.Agreements);
        answer.Text.ShouldContain("11 June 2024");
    }
}
