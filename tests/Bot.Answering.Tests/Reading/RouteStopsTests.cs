using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Through which ports did the ferry cargo pass?" asks every stop of the route the text tells, in its order — not only
/// the one nearest the question's words; a sentence that names places beside no route word tells no route.
/// </summary>
public sealed class RouteStopsTests(RouteStopsTests.Fixture fixture) : IClassFixture<RouteStopsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("grain-ru.md", Doc("Первая партия зерна доставлена в Бургас", "2026-04-08", "ru",
                "Первая партия казахстанского зерна из Костаная прибыла в Бургас 7 апреля.\n\n"
                + "Вагоны с зерном из Костаная проследовали через порт Курык, паромом пересекли Каспий до Алята, затем по железной дороге дошли до порта Батуми, откуда паромом были доставлены в Бургас."));
            files.Write("outlook-ru.md", Doc("Прогноз по зерну", "2026-05-02", "ru",
                "Поставки зерна из Костаная в Бургас и новая паромная линия Актау – Баку должны увеличить экспорт."));
        }
    }

    [Theory]
    [InlineData("Через какие порты прошла первая партия зерна из Костаная в Бургас?", "ru")]
    [InlineData("През кои пристанища минаха вагоните със зърно от Костанай до Бургас?", "bg")]
    public void Every_stop_of_the_route_is_the_answer(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        var lead = answer.Text.Split('\n')[0];

        lead.ShouldContain("Курык", Case.Insensitive, answer.Text);
        lead.ShouldContain("Батуми");
        lead.ShouldContain("Ал");
        lead.IndexOf("Курык", StringComparison.Ordinal).ShouldBeLessThan(lead.IndexOf("Батуми", StringComparison.Ordinal));
        answer.Text.ShouldNotContain("Актау");
    }
}
