using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A sentence naming both signatories, each with the country of their own post written after the name ("… and Petya
/// Ivanova of the Bulgarian food safety agency"), gives the second one that side, not the heading before the first. "Сол қаланың әкімі" after a city was answered asks for that city's mayor, though the text
/// calls him mayor ("Кметът на Бургас") and the question akim.
/// </summary>
public sealed class OtherSideFollowUpTests(OtherSideFollowUpTests.Fixture fixture) : IClassFixture<OtherSideFollowUpTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            // A wire item without front matter: dateline, two paragraphs, a time stamp at its end.
            files.Write("vet-ru.txt",
                "Казахстан и Болгария договорились о ветеринарном контроле\n\n"
                + "АСТАНА, 14 марта. КАЗИНФОРМ – Казахстан и Болгария подписали меморандум о сотрудничестве в области ветеринарии.\n\n"
                + "Меморандум о ветеринарии подписали председатель Комитета ветеринарного контроля Казахстана Ержан Сулейменов "
                + "и Петя Иванова из болгарского Агентства по безопасности пищевых продуктов.\n\n"
                + "14.03.2024, 11:20\n");
            // A weekly digest: one item about another memorandum, signed in a president's presence, among other countries'.
            files.Write("digest-en.md",
                "# Eurasia business weekly\n\n*12 April 2024*\n\n"
                + "**Georgia.** Tbilisi opened a new logistics hub near the port of Poti.\n\n"
                + "**Kazakhstan–Bulgaria.** A memorandum on tourism was signed in Sofia in the presence of President Rumen Radev: "
                + "Kazakh Vice Minister of Tourism Yerbol Omarov signed it with Bulgarian Deputy Minister Irena Georgieva.\n\n"
                + "**Uzbekistan.** Tashkent hosted a textile fair.\n");
            files.Write("twin-bg.md", Doc("Бургас и Актау отбелязаха десет години побратимяване", "2024-05-20", "bg",
                "Бургас и казахстанският град Актау отбелязаха десет години от побратимяването си.\n\n"
                + "Кметът на Бургас Димитър Николов посрещна делегацията от Актау на пристанището."));
            files.Write("region-kk.md", Doc("Маңғыстау облысы Болгариямен байланысты нығайтады", "2024-06-02", "kk",
                "Маңғыстау облысының әкімі Нұрлан Ноғаев Болгария елшісімен кездесті. Тараптар порттар арасындағы ынтымақтастықты талқылады."));
        }
    }

    string Ask(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat).Text;

    [Theory]
    [InlineData("Who signed the veterinary memorandum for Bulgaria?", "en")]
    [InlineData("Кой подписа меморандума за ветеринарния контрол от българска страна?", "bg")]
    public void A_signatory_named_after_the_other_country_heading_is_of_the_side_written_after_the_name(string question, string lang)
    {
        var lead = Ask(question, new ConversationState(), lang).Split('\n')[0];

        lead.ShouldMatch("Ivanova|Иванова");
        lead.ShouldNotMatch("Suleimenov|Сулейменов");
    }

    [Theory]
    [InlineData("Ақтаумен қай болгар қаласы бауырлас?", "Сол қаланың әкімі кім?")]
    [InlineData("Ақтау қай қаламен бауырлас?", "Осы қаланың әкімі кім?")]
    public void That_citys_akim_is_the_mayor_the_text_names(string first, string followUp)
    {
        var chat = new ConversationState();
        Ask(first, chat, "kk").Split('\n')[0].ShouldMatch("Бургас|Burgas");

        var lead = Ask(followUp, chat, "kk").Split('\n')[0];

        lead.ShouldMatch("Николов|Nikolov");
        lead.ShouldNotMatch("Ноғаев|Nogaev");
    }

    [Fact]
    public void A_Kazakh_question_on_a_foreign_citys_akim_is_answered_by_its_mayor()
    {
        var lead = Ask("Бургас әкімі кім?", new ConversationState(), "kk").Split('\n')[0];

        lead.ShouldMatch("Николов|Nikolov");
    }
}
