namespace Bot.Answering.Tests.Reading;

/// <summary>"What post did X hold" is answered with the post the source writes beside X's name, before it or after it.</summary>
public sealed class PostNameTests(PostNameNewsFixture fixture) : IClassFixture<PostNameNewsFixture>
{
    string Lead(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Какъв пост заемаше Жумагулов през 2016 г.?", "bg")]
    [InlineData("Какую должность занимал Жумагулов в 2016 году?", "ru")]
    [InlineData("What position did Zhumagulov hold in 2016?", "en")]
    [InlineData("Жумагулов 2016 жылы қандай лауазымда болды?", "kk")]
    public void The_post_written_before_the_name_leads_the_answer(string question, string lang)
    {
        Lead(question, lang).ShouldContain("Председателят на Мажилиса");
    }

    [Fact]
    public void The_post_written_after_the_name_in_apposition_leads_the_answer()
    {
        Lead("What post did Abilov hold?", "en").ShouldContain("Deputy Mayor of Astana");
    }
}
