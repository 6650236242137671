using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who signed the twinning memorandum" of two cities asks of both: the answer names each side's signatory the sentence
/// gives ("Документ подписали аким Актау … и мэр Бургаса …"), not the ambassador present, and a question naming one side
/// still gets that side's alone. The page's source wraps its paragraphs, so the sentence is read across the breaks.
/// </summary>
public sealed class BothSignersTests(BothSignersTests.Fixture fixture) : IClassFixture<BothSignersTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) => files.Write("aktau-burgas.html", """
            <html lang="ru"><head><title>Актау и Бургас стали городами-побратимами</title><meta name="date" content="2025-03-14"></head><body>
            <nav><a href="/">Главная</a> | <a href="/news">Новости</a></nav>
            <article>
            <h1>Актау и Бургас стали городами-побратимами</h1>
            <p>14 марта 2025</p>
            <p>Сегодня в Бургасе подписан меморандум об установлении побратимских связей между
              Актау и Бургасом. Документ подписали аким Актау Ерлан Мукашев и мэр Бургаса
              Димитр Николов. На церемонии присутствовал посол Казахстана в Болгарии
              Аскар Жунусов.</p>
            <p>Стороны договорились развивать сотрудничество в сферах морского транспорта, туризма
              и образования. В мае в Актау ожидается делегация бургасских предпринимателей.</p>
            <p>Идея не нова. В сентябре 2019 года тогдашний аким Актау Серик Жолдасов посетил Бургас и
              встретился с тогдашним мэром города Петром Стояновым, осмотрев порт Бургас и
              индустриальную зону «Север».</p>
            </article>
            <aside><h3>Другие новости</h3><ul><li>В Актау открыли новый парк — 12.03.2025</li></ul></aside>
            </body></html>
            """);
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Кто подписал меморандум о побратимстве Актау и Бургаса?", "ru", "Мукашев", "Николов")]
    [InlineData("Who signed the twinning memorandum between Aktau and Burgas?", "en", "Mukashev", "Nikolov")]
    [InlineData("Ақтау мен Бургас арасындағы бауырлас қалалар туралы меморандумға кім қол қойды?", "kk", "Мукашев", "Николов")]
    public void Who_signed_names_both_sides_signatories_and_not_the_ambassador_present(string question, string lang, string one, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(one);
        first.ShouldContain(other);
        first.ShouldNotContain(lang == "en" ? "Zhunusov" : "Жунусов");
    }

    [Theory]
    [InlineData("Кой подписа меморандума от страна на Бургас?", "bg", "Николов", "Мукашев")]
    public void A_question_naming_one_side_gets_that_sides_signatory(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Which Burgas mayor did the akim of Aktau meet during his visit in September 2019?", "en", "Stoyanov", "Nikolov")]
    [InlineData("С каким мэром встретился аким Актау во время визита в Бургас в сентябре 2019 года?", "ru", "Стоянов", "Николов")]
    public void The_mayor_met_then_is_the_holder_at_that_visit(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }
}
