using Bot.Answering.Composing;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Перечисли документы, подписанные в Алматы в апреле 2024 года", "List the documents…", "Изброй документите…", Kazakh
/// "… құжаттарды атаңыз": a list asked by an imperative is the list a which-question gets — the agreements of the named
/// time and place, none of another month or city — and the imperative is no word of what the documents are about.
/// </summary>
public sealed class ListImperativeTests(ListImperativeTests.Fixture fixture) : IClassFixture<ListImperativeTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("almaty-kk.md", Doc("Болгария Президентінің сапары", "2024-04-22", "kk",
                "2024 жылғы 22 сәуірде Алматыда Қазақстан мен Болгария президенттерінің келіссөздері өтті.\n\n"
                + "Келіссөздер қорытындысы бойынша үш құжатқа қол қойылды: көлік саласындағы ынтымақтастық туралы меморандум, "
                + "білім беру саласындағы ынтымақтастық туралы келісім және денсаулық сақтау туралы хаттама."));
            files.Write("almaty-en.md", Doc("Farm ministers meet", "2024-05-06", "en",
                "On 6 May 2024 in Almaty, the agriculture ministers of Kazakhstan and Bulgaria signed a memorandum on cooperation in agriculture."));
            files.Write("sofia-ru.md", Doc("Культурный обмен", "2024-04-10", "ru",
                "10 апреля 2024 года в Софии Казахстан и Болгария подписали программу сотрудничества в области культуры."));
        }
    }

    [Theory]
    [InlineData("Перечисли документы, подписанные в Алматы в апреле 2024 года", "ru")]
    [InlineData("List the documents signed in Almaty in April 2024", "en")]
    [InlineData("Изброй документите, подписани в Алмати през април 2024 г.", "bg")]
    [InlineData("2024 жылғы сәуірде Алматыда қол қойылған құжаттарды атаңыз", "kk")]
    public void The_documents_of_the_named_time_and_place_are_listed(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("3");
        answer.Text.ShouldNotContain("agriculture");
        answer.Text.ShouldNotContain("культуры");
    }

    [Theory]
    [InlineData("List the documents signed in Almaty in March 2024", "en")]
    [InlineData("Перечислите соглашения, подписанные в Алматы в марте 2024 года", "ru")]
    public void A_time_no_document_was_signed_in_lists_none(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }

    static IReadOnlyList<AnswerType> Types(string question) =>
        new AnswerTypeFinder(DomainLexicon.Default, AnswerTypeCues.Default).Find(Tokenizer.Words(TextNormalizer.Fold(question)).ToList());

    [Theory]
    [InlineData("Name the ministers who attended the forum", AnswerType.Person)]
    [InlineData("Назовите министров, которые участвовали в форуме", AnswerType.Person)]
    [InlineData("Изброй документите, подписани по време на визитата", AnswerType.List)]
    [InlineData("Форумға қатысқан министрлерді атаңыз", AnswerType.Person)]
    public void An_imperative_asks_what_its_noun_names(string question, AnswerType expected) =>
        Types(question)[0].ShouldBe(expected);

    [Theory]
    [InlineData("When did Tokayev name the new ambassador?")]
    [InlineData("Когда Токаев назовёт нового посла?")]
    public void A_verb_of_naming_inside_a_question_asks_for_no_list(string question) =>
        Types(question).ShouldBe([AnswerType.Date]);
}
