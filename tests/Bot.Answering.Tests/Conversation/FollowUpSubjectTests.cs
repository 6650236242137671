using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A follow-up naming a new person asks about that person, not the last one ("And Nurtayev?"); a follow-up with a question
/// of its own ("and what did the ministry offer?") takes its own kind of answer, not the last question's.
/// </summary>
public sealed class FollowUpSubjectTests(FollowUpSubjectTests.Fixture fixture) : IClassFixture<FollowUpSubjectTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("visits.md", Doc("Хронология визитов", "2024-01-15", "ru",
                "- 14 мая 1996 г. — официальный визит Министра иностранных дел Болгарии Стефана Маринова в Казахстан;\n"
                + "- 3 октября 2007 г. — официальный визит Министра иностранных дел Казахстана Асылбека Нуртаева в Болгарию;\n"
                + "- 20 июня 2012 г. — рабочий визит Министра экономики Болгарии Петра Колева в Казахстан."));
            files.Write("school.md", Doc("Bulgarian lessons in Karaganda", "2023-09-04", "en",
                "A Sunday school of Bulgarian will open in Karaganda next spring.\n\n"
                + "The Bulgarian Ministry of Education offered to send two teachers of Bulgarian for the school."));
        }
    }

    string Ask(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat).Text;

    [Theory]
    [InlineData("When did Marinov visit Kazakhstan?", "And Nurtayev?", "en")]
    [InlineData("Когда Маринов приезжал в Казахстан?", "А Нуртаев когда приезжал?", "ru")]
    [InlineData("Кога Маринов посети Казахстан?", "А Нуртаев?", "bg")]
    public void A_follow_up_naming_another_person_asks_about_that_person(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldContain("1996");

        var next = Ask(followUp, chat, lang).Split('\n')[0];

        next.ShouldContain("2007");
        next.ShouldNotContain("1996");
    }

    [Theory]
    [InlineData("In which city will the Sunday school open?", "And what did the Bulgarian ministry of education offer?", "en")]
    [InlineData("В каком городе откроется воскресная школа?", "А что предложило министерство образования Болгарии?", "ru")]
    [InlineData("Жексенбілік мектеп қай қалада ашылады?", "Ал Болгарияның білім министрлігі не ұсынды?", "kk")]
    public void A_follow_up_with_its_own_question_is_not_answered_with_the_last_kind_of_answer(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldContain(lang == "en" ? "Karaganda" : "Караганд");

        var next = Ask(followUp, chat, lang);

        next.Split('\n')[0].ShouldNotContain(lang == "en" ? "Karaganda" : "Караганд");
        next.ShouldContain("teachers");
    }
}
