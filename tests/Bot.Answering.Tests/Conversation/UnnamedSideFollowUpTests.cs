using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// "And the other side?", "А другая сторона?", "Ал екінші тарап?" name no country: after a question asking Kazakhstan's
/// side they ask Bulgaria's, of the same signing — not the side asked again, not every signer, not another signing's.
/// </summary>
public sealed class UnnamedSideFollowUpTests(UnnamedSideFollowUpTests.Fixture fixture) : IClassFixture<UnnamedSideFollowUpTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            // A ministry's chronology page: dated entries, each signing naming both sides in one sentence, the Bulgarian
            // side's word left out after a dash; another signing of the same year with other signers.
            files.Write("chronology-ru.txt",
                "Хроника двусторонних отношений Казахстана и Болгарии\n\n"
                + "12.03.2018 — В Астане подписан меморандум о сотрудничестве в области туризма. С казахстанской стороны документ "
                + "подписал вице-министр культуры и спорта Ерлан Кожагапанов, с болгарской — заместитель министра туризма Ирена Георгиева.\n\n"
                + "05.06.2018 — В Софии подписано соглашение о сотрудничестве в области здравоохранения. С казахстанской стороны документ "
                + "подписал министр здравоохранения Елжан Биртанов, с болгарской — министр здравоохранения Кирил Ананиев.\n\n"
                + "Источник: пресс-служба МИД РК\n");
        }
    }

    string Lead(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat).Text.Split('\n')[0];

    [Theory]
    [InlineData("Кто подписал меморандум о сотрудничестве в области туризма с казахстанской стороны?", "А другая сторона?", "ru")]
    [InlineData("Who signed the tourism cooperation memorandum for Kazakhstan?", "And the other side?", "en")]
    [InlineData("Туризм саласындағы ынтымақтастық туралы меморандумға Қазақстан тарапынан кім қол қойды?", "Ал екінші тарап?", "kk")]
    public void The_other_side_after_Kazakhstans_is_Bulgarias_signer_of_the_same_document(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        var kazakh = Lead(first, chat, lang);
        kazakh.ShouldMatch("Кожагапанов|Kozhagapanov");
        kazakh.ShouldNotMatch("Георгиева|Georgieva");

        var other = Lead(followUp, chat, lang);

        other.ShouldMatch("Георгиева|Georgieva");
        other.ShouldNotMatch("Кожагапанов|Kozhagapanov|Ананиев|Ananiev|Биртанов|Birtanov");
    }

    [Fact]
    public void A_side_heading_before_a_long_post_still_heads_the_name()
    {
        var lead = Lead("Кто подписал соглашение о сотрудничестве в области здравоохранения с казахстанской стороны?", new ConversationState(), "ru");

        lead.ShouldMatch("Биртанов");
        lead.ShouldNotMatch("Ананиев|Кожагапанов");
    }
}
