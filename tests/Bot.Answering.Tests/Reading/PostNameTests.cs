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

    /// <summary>
    /// "Who is X?" asks who X is: the post the text gives X, never the other person of the sentence (before, "Who is
    /// Almasadam Satkaliyev?" was answered "Tomislav Donchev", and "Who is Petko Dimitrov?" "Ermek Kosherbaev").
    /// </summary>
    [Theory]
    [InlineData("Who is Almasadam Satkaliyev?", "en", "Minister of Energy", "Donchev")]
    [InlineData("Кто такой Алмасадам Саткалиев?", "ru", "Minister of Energy", "Donchev")]
    [InlineData("Кой е Томислав Дончев?", "bg", "Deputy Prime Minister for Economic Policy", "Satkaliyev")]
    [InlineData("Who is Petko Dimitrov?", "en", "посла Болгарии", "Кошербаев")]
    [InlineData("Сатқалиев кім?", "kk", "Minister of Energy", "Donchev")]
    public void A_who_is_question_about_a_named_person_is_answered_with_their_post(string question, string lang, string post, string other)
    {
        var lead = Lead(question, lang);
        lead.ShouldContain(post);
        lead.ShouldNotContain(other);
    }

    /// <summary>Before: "Who is Vodenski?" was also answered with the post of a Georgi with another surname, and with the copula ("… в Казахстан е").</summary>
    [Theory]
    [InlineData("Who is Vodenski?", "en")]
    [InlineData("Кой е Георги Воденски?", "bg")]
    public void A_person_sharing_only_a_given_name_lends_no_post(string question, string lang)
    {
        var lead = Lead(question, lang);
        lead.ShouldContain("посланик на България в Казахстан");
        lead.ShouldNotContain("управител");
        lead.ShouldNotContain("Казахстан е");
    }

    [Fact]
    public void A_post_held_by_the_person_before_a_join_is_not_the_named_persons()
    {
        var lead = Lead("What position does Stoyan Radkov hold?", "en");
        lead.ShouldNotContain("Prime Minister");
    }

    [Fact]
    public void The_post_written_after_the_name_in_apposition_leads_the_answer()
    {
        Lead("What post did Abilov hold?", "en").ShouldContain("Deputy Mayor of Astana");
    }
}
