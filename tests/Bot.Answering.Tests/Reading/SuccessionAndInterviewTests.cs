using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Who held a post before whom, read from a succession told with a pronoun ("…since 2016. Before his arrival …"); an
/// interview read as question and answer (the answer's subject is only in the question, and a question states nothing);
/// "the newly elected rector" asked of a text naming the rector before too.
/// </summary>
public sealed class SuccessionAndInterviewTests(SuccessionAndInterviewTests.Fixture fixture) : IClassFixture<SuccessionAndInterviewTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(Bot.TestKit.TempFolder files)
        {
            files.Write("envoy.md", Doc("Станев обсудил с Алиевым планы на год", "2021-03-04", "ru",
                "Астана. Вчера посол Болгарии Никола Станев встретился с вице-министром Маратом Алиевым.\n\n"
                + "Никола Станев возглавляет посольство Болгарии в Казахстане с марта 2016 года. "
                + "До его приезда посольство с 2014 года возглавлял временный поверенный в делах Петр Илиев."));
            files.Write("consul.md", Doc("New consul in Varna", "2022-05-10", "en",
                "Asel Kairova has been consul in Varna since 2021. She met the mayor of Varna last week.\n\n"
                + "Trade through the port of Varna grew in 2021."));
            files.Write("interview.md", Doc("Interview with the head of the Karaganda Bulgarian society", "2023-06-01", "en",
                "Interview with Maria Stefanova, chair of the Bulgarian society in Karaganda.\n\n"
                + "Q: When did the Bulgarian cultural centre in Karaganda open?\n\n"
                + "A: In September 2017. It now teaches Bulgarian to about forty children.\n\n"
                + "Q: Who funds the Sunday school in Temirtau?\n\n"
                + "Q: How many members does the society have?\n\n"
                + "A: About three hundred families."));
            files.Write("intervyu.md", Doc("Консулът: Пловдив и Шимкент са близо", "2024-02-12", "bg",
                "**— Господин консул, откога работи българското неделно училище в Актобе?**\n\n"
                + "— От октомври 2019 г. В него учат над 30 деца.\n\n"
                + "**— Срещали ли сте се с ръководството на Пловдивския университет?**\n\n"
                + "— Да, през 2022 г. с ректора проф. Христо Бонев, а тази зима – с новоизбрания ректор проф. Павел Динев."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("Кто возглавлял посольство Болгарии до Станева?", "ru", "Илиев")]
    [InlineData("Who headed the Bulgarian embassy before Stanev?", "en", "Iliev")]
    public void A_predecessor_is_read_from_before_his_arrival_after_the_sentence_naming_the_successor(string question, string lang, string name)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldContain(name);
        Lead(answer).ShouldNotContain(lang == "en" ? "Aliev" : "Алиев");
    }

    [Fact]
    public void A_holder_named_with_no_succession_is_no_predecessor()
    {
        var answer = Ask("Who was consul in Varna before Kairova?", "en");

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldNotContain("Kairova");
    }

    [Theory]
    [InlineData("When did the Bulgarian cultural centre in Karaganda open?", "en", "2017")]
    [InlineData("Когда открылся болгарский культурный центр в Караганде?", "ru", "2017")]
    [InlineData("Откога работи българското неделно училище в Актобе?", "bg", "2019")]
    [InlineData("Ақтөбедегі болгар жексенбілік мектебі қашан ашылды?", "kk", "2019")]
    public void An_interview_answer_is_read_with_the_question_it_answers(string question, string lang, string year)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldContain(year);
    }

    [Fact]
    public void An_interviewer_question_left_unanswered_is_no_evidence()
    {
        var answer = Ask("Who funds the Sunday school in Temirtau?", "en");

        answer.Text.ShouldNotContain("Q: Who funds");
    }

    [Theory]
    [InlineData("Кой е новоизбраният ректор на Пловдивския университет?", "bg")]
    [InlineData("Кто новоизбранный ректор Пловдивского университета?", "ru")]
    public void The_newly_elected_holder_is_not_the_one_before(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldContain(lang == "bg" ? "Динев" : "Дин");
        Lead(answer).ShouldNotContain("Бонев");
    }
}
