using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Figures;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// A head of state who signs the law that ratifies an agreement signs the law, not the agreement: the law's day is the
/// ratification's (an event of the agreement, with the law's number, wherever the language puts it), and the agreement's
/// own signing is the one a later sentence tells of it by its kind alone ("Recall that the agreement was signed …").
/// </summary>
public sealed class RatifyingActTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task IngestAsync(string lang, string date, string body) => _news.AddAsync(lang, date, body);

    [Theory]
    // Kazakh: the law's number before its noun, the agreement's name inside the law's title, the signing in the next paragraph.
    [InlineData("kk", "2011-03-02",
        "Президент 2011 жылғы 1 наурызда «Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі арасындағы туризм саласындағы ынтымақтастық туралы келісімді ратификациялау туралы» № 415 Қазақстан Республикасының Заңына қол қойды.\n\nАйта кетейік, келісімге 2009 жылғы 20 қазанда Софияда қол қойылған.",
        "туризм", "№ 415", 2011, 3, 1, 2009, 10, 20)]
    // Russian: "подписал Закон «О ратификации …»", the treaty signed "in Sofia" in the next sentence.
    [InlineData("ru", "2009-07-10",
        "Глава государства подписал Закон «О ратификации Соглашения между Республикой Казахстан и Республикой Болгария о сотрудничестве в области туризма» № 88-IV от 8 июля 2009 года. Соглашение было подписано в Софии 3 марта 2008 года.",
        "туризма", "№ 88-IV", 2009, 7, 8, 2008, 3, 3)]
    // English and Bulgarian, written after the code: a law or decree "ratifying" the treaty, signed by the president.
    [InlineData("en", "2020-02-01",
        "President Tokayev signed Law No. 301-VI ratifying the agreement between Kazakhstan and Bulgaria on readmission on 28 January 2020. The agreement was signed in Astana on 12 April 2019.",
        "readmission", "No. 301-VI", 2020, 1, 28, 2019, 4, 12)]
    [InlineData("bg", "2018-03-01",
        "На 21 февруари 2018 г. президентът подписа указ № 37 за обнародване на закона за ратифициране на Спогодбата между България и Казахстан за социална сигурност. Спогодбата беше подписана в София на 5 юни 2017 г.",
        "социална сигурност", "№ 37", 2018, 2, 21, 2017, 6, 5)]
    public async Task The_signing_of_a_ratifying_law_dates_the_ratification_and_the_treaty_keeps_its_own_signing(
        string lang, string published, string body, string subject, string law, int ry, int rm, int rd, int sy, int sm, int sd)
    {
        await IngestAsync(lang, published, body);

        var agreement = _news.Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Title.ShouldContain(subject, Case.Insensitive);
        agreement.Signed.ShouldBe(new PartialDate(sy, sm, sd));
        var ratification = _news.Store.Events.OfKind(EventKinds.Ratification).ShouldHaveSingleItem();
        ratification.Start.ShouldBe(new PartialDate(ry, rm, rd));
        ratification.Label.ShouldContain(subject, Case.Insensitive);
        ratification.Label.ShouldContain(law);
    }

    [Fact]
    public async Task A_treaty_named_only_under_another_heading_is_not_taken()
    {
        await IngestAsync("en", "2020-02-01",
            "President Tokayev signed the law ratifying the agreement between Kazakhstan and Bulgaria on readmission.\n\n## Archive\n\nThe agreement was signed in Astana on 12 April 2019.");

        _news.Store.Agreements.All().ShouldAllBe(a => !a.Title.Contains("readmission", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _news.Dispose();
}
