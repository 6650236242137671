namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who headed the delegation at the political consultations": the head of the delegation at the session the same item
/// tells of, in the same city, is another event's; asked of the session, he is the answer.
/// </summary>
public sealed class EventKindTests(EventKindNewsFixture fixture) : IClassFixture<EventKindNewsFixture>
{
    [Theory]
    [InlineData("Who headed the Bulgarian delegation at the political consultations in Astana?", "en", "Petko Doykov")]
    [InlineData("Кто возглавлял болгарскую делегацию на политических консультациях в Астане?", "ru", "Петко Дойков")]
    [InlineData("Кой ръководеше българската делегация на политическите консултации в Астана?", "bg", "Петко Дойков")]
    [InlineData("Астанадағы саяси консультацияларда болгар делегациясын кім басқарды?", "kk", "Петко Дойков")]
    public void The_head_of_another_events_delegation_is_no_answer(string question, string lang, string expected)
    {
        var lead = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        lead.ShouldContain(expected);
        lead.ShouldNotContain(lang == "en" ? "Angelov" : "Ангелов");
    }

    [Theory]
    [InlineData("Who headed the Bulgarian delegation at the fifth session of the commission?", "en", "Khristo Angelov")]
    [InlineData("Кто возглавлял болгарскую делегацию на пятом заседании комиссии?", "ru", "Христо Ангелов")]
    public void Asked_of_the_session_its_own_head_of_delegation_answers(string question, string lang, string expected) =>
        fixture.Answerer.Answer(question, lang).Text.Split('\n')[0].ShouldContain(expected);
}
