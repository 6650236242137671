using Bot.Answering.Conversation;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "They" in a follow-up are whom the last answer told of, so its document answers before another one's; a sentence
/// saying its sources differ gives both of its values; how many people live somewhere is told by its inhabitants.
/// </summary>
public sealed class SettlersTests(SettlersNewsFixture fixture) : IClassFixture<SettlersNewsFixture>
{
    [Fact]
    public void A_follow_up_pointing_back_with_a_pronoun_is_answered_from_the_last_answers_document()
    {
        var chat = new ConversationState();
        fixture.Answerer.Answer("Откуда корни греческих переселенцев в Казахстане?", "ru", chat).Text.ShouldContain("Крым");
        var lead = fixture.Answerer.Answer("А в каком году они переехали?", "ru", chat).Text.Split('\n')[0];
        lead.ShouldContain("1936");
        lead.ShouldNotContain("2015");
    }

    [Theory]
    [InlineData("How many Bulgarian students are there in Kazakhstan?", "en")]
    [InlineData("Колко български студенти има в Казахстан?", "bg")]
    public void A_sentence_saying_its_sources_differ_gives_both_counts(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;
        var leads = answer.Split('\n').Where(l => l.StartsWith('•')).ToList();
        leads.Count.ShouldBe(2, answer);
        leads.ShouldContain(l => l.Contains("000"));
        leads.ShouldContain(l => l.Contains("500"));
    }

    [Theory]
    [InlineData("Ақтауда қанша адам тұрады?", "kk")]
    [InlineData("Колко души живеят в Актау?", "bg")]
    public void How_many_people_live_in_a_city_is_answered_by_its_inhabitants(string question, string lang) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain("180");
}
