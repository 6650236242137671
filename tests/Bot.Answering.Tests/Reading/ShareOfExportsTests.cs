using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A BTA item whose period is in the sentence before its shares ("януари - октомври т.г.") and whose shares are written
/// "на сто", with another good's share in the same sentence; an English fact sheet with a share of exports to a third
/// country written "per cent".
/// </summary>
public sealed class ShareOfExportsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("bta-bg.md", Doc("Стокообменът с Казахстан расте", "2018-12-29", "bg",
            "София, 28 декември (БТА) - По данни на казахстанската статистика стокообменът за периода януари - октомври т.г. е 165,5 млн. долара. "
            + "Износът на Казахстан за България е 141,5 млн. долара, а вносът от България - 24 млн. долара. "
            + "Суровият петрол е 77,3 на сто от казахстанския износ, а необработеният алуминий - 18,5 на сто."));
        files.Write("fact-sheet-en.md", Doc("Fact sheet: Kazakhstan and Romania", "2019-03-02", "en",
            "Fact sheet. In 2017 crude oil made up 64.1 per cent of Kazakh exports to Romania, and ferroalloys 9.2 per cent."));
    }
}

/// <summary>
/// "What share of exports did crude oil account for in January–October 2018": the share "на сто" of the good asked, of the
/// months its paragraph names, quoted without the other good's share; a share of exports to a third country, or of
/// another year, is no answer.
/// </summary>
public sealed class ShareOfExportsTests(ShareOfExportsFixture fixture) : IClassFixture<ShareOfExportsFixture>
{
    [Theory]
    [InlineData("What share of Kazakh exports to Bulgaria did crude oil account for in the first ten months of 2018?", "en")]
    [InlineData("2018 жылдың алғашқы он айында Қазақстанның Болгарияға экспортындағы шикі мұнайдың үлесі қанша болды?", "kk")]
    public void The_share_of_the_good_asked_is_given_without_the_other_goods(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;

        answer.Split('\n')[0].ShouldContain("77");
        answer.ShouldNotContain("18,5");
        answer.ShouldNotContain("64");
    }

    [Theory]
    [InlineData("What share of Kazakhstan's exports to Bulgaria was crude oil in 2017?", "en")]
    [InlineData("Какъв дял от казахстанския износ за България е суровият петрол през 2016 г.?", "bg")]
    public void A_share_of_another_country_or_year_is_no_answer(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;

        answer.ShouldNotContain("64");
        answer.ShouldNotContain("77");
    }
}
