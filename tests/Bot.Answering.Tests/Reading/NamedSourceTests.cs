using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "According to NRK", "според КТК": the answer comes from that source's document — one on its site, or one naming it,
/// its initials spelled out — and never from another source's figure; asked of no source, both figures are shown.
/// A count of "души" (people) answers how many of those the sentence names before it.
/// </summary>
public sealed class NamedSourceTests(NamedSourceTests.Fixture fixture) : IClassFixture<NamedSourceTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("radio.md", "---\ntitle: \"Казахите в България\"\ndate: 2023-02-10\nsource: https://www.nrk.bg/bg/post/12345\nlang: bg\n---\n\n"
                + "Според преброяването казахите, които живеят в България, са около 1 200 души.\n");
            files.Write("ministry.md", Doc("Министерството за общностите", "2023-03-11", "bg", "В България живеят 800 казахи, съобщи министерството."));
            files.Write("chamber.md", Doc("Бизнес мост", "2023-04-12", "bg", "Според оценка на Казахстанската търговска камара в България работят 60 казахстански компании."));
            files.Write("paper.md", Doc("Икономика", "2023-05-13", "bg", "В България работят 45 казахстански компании, пише вестникът."));
        }
    }

    [Theory]
    [InlineData("Колко казахи живеят в България според НРК?", "bg")]
    [InlineData("How many Kazakhs live in Bulgaria according to NRK?", "en")]
    public void The_named_sources_own_site_gives_the_answer(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldMatch(@"1[\s,.]?200");
        answer.Text.ShouldNotContain("800");
    }

    [Theory]
    [InlineData("Колко казахстански компании работят в България според КТК?", "bg")]
    [InlineData("Сколько казахстанских компаний работает в Болгарии по данным КТК?", "ru")]
    public void A_source_named_by_its_initials_is_found_spelled_out(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldStartWith("60");
        answer.Text.ShouldNotContain("45");
    }

    [Fact]
    public void Asked_of_no_source_both_figures_are_shown()
    {
        var answer = fixture.Answerer.Answer("Колко казахи живеят в България?", "bg");

        answer.Text.ShouldContain("800");
        answer.Text.ShouldMatch(@"1[\s,.]?200");
    }
}
