using Bot.Knowledge.Alerts;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// Outlets retell one signing naming its parties as they can: the institutions themselves, only "Kazakhstan and
/// Bulgaria", or in another script. Each retelling joins the agreement (one record, one alert per subscriber); a
/// document that tells of a signing twice reports it once; documents of different institutions or subjects stay
/// different. Sentences of our own in en/ru/bg/kk, read into a store with no curated data.
/// </summary>
public sealed class AgreementRetellingTests : IDisposable
{
    const long Subscriber = 502;

    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();
    int _files;

    TestStores Store => _temp.Store;

    public AgreementRetellingTests()
    {
        Store.Chats.Touch(Subscriber, "private", null, reactivate: true);
        Store.Subscriptions.Add(Subscriber, SubscriptionBook.All, "", "all");
    }

    async Task IngestAsync(string lang, string published, string body)
    {
        var file = _folder.Write($"{_files++}-{lang}.md", MarkdownDoc.With($"Report {_files}", published, lang, body));
        var report = await Store.Ingestor.IngestAsync([file], CancellationToken.None);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added);
    }

    int Alerts => Store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM outbox WHERE chat_id = ?", Subscriber);

    [Fact]
    public async Task A_signing_retold_with_its_institutions_with_only_the_countries_and_in_three_other_languages_is_one_agreement_with_one_alert()
    {
        await IngestAsync("en", "2026-04-21", "VARNA, 21 April 2026 — Aimak Gas Storage and the Bulgarian company Provadia Gas Depot signed a memorandum on underground gas storage on Tuesday.");
        await IngestAsync("en", "2026-04-25", "Earlier this week, on 21 April 2026, Kazakhstan and Bulgaria signed a memorandum on underground storage of Kazakh gas in Provadia.");
        await IngestAsync("ru", "2026-04-22", "21 апреля 2026 года в Варне казахстанская компания «Аймак Газ Сторидж» и болгарская «Провадия Газ Депо» подписали меморандум о сотрудничестве в газовой энергетике.");
        await IngestAsync("bg", "2026-04-22", "На 21 април 2026 г. във Варна България и Казахстан подписаха меморандум за подземно съхранение на газ.");
        await IngestAsync("kk", "2026-04-23", "2026 жылғы 21 сәуірде Варнада Қазақстан мен Болгария газ энергетикасы саласындағы меморандумға қол қойды.");

        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Sources.Count.ShouldBe(5);
        agreement.Signed.ShouldBe(new PartialDate(2026, 4, 21));
        Alerts.ShouldBe(1);
    }

    [Fact]
    public async Task Memoranda_of_different_institutions_on_the_same_day_stay_two_and_a_report_naming_only_the_countries_joins_the_one_of_its_subject()
    {
        await IngestAsync("en", "2026-06-03", "The Port of Burgas and Aktau Sea Port signed a memorandum on container shipping across the Black Sea on 3 June 2026.");
        await IngestAsync("en", "2026-06-03", "Plovdiv University and Karaganda Technical University signed a memorandum on joint engineering degrees on 3 June 2026.");
        await IngestAsync("en", "2026-06-05", "On 3 June 2026 Kazakhstan and Bulgaria signed a memorandum on container shipping across the Black Sea, the ministry said.");

        var agreements = Store.Agreements.All();
        agreements.Count.ShouldBe(2);
        agreements.Single(a => a.Title.Contains("container", StringComparison.Ordinal)).Sources.Count.ShouldBe(2);
        Alerts.ShouldBe(2);
    }

    [Fact]
    public async Task Two_reports_naming_only_the_countries_of_two_subjects_signed_the_same_day_are_two_agreements_once_their_institutions_are_known()
    {
        await IngestAsync("ru", "2026-02-10", "10 февраля 2026 года Казпочта и Болгарская почта подписали меморандум о доставке посылок.");
        await IngestAsync("ru", "2026-02-10", "10 февраля 2026 года Евразийский банк и Болгарский банк развития подписали меморандум о кредитовании малого бизнеса.");
        await IngestAsync("ru", "2026-02-11", "Накануне Казахстан и Болгария подписали меморандум о доставке посылок: 10 февраля 2026 года.");

        var agreements = Store.Agreements.All();
        agreements.Count.ShouldBe(2);
        Alerts.ShouldBe(2);
    }

    [Fact]
    public async Task A_signing_an_article_recalls_twice_is_stored_once()
    {
        await IngestAsync("en", "2026-09-14",
            "Kazakhstan and Bulgaria signed a protocol on veterinary certificates on 10 September 2026.\n\n"
            + "Exporters of lamb welcomed the news, and the first shipments are due in October.\n\n"
            + "Kazakhstan and Bulgaria signed a protocol on veterinary certificates on 10 September 2026.");

        Store.Agreements.All().ShouldHaveSingleItem();
        Alerts.ShouldBe(1);
    }

    [Fact]
    public async Task Two_named_institutions_that_sign_are_the_parties_even_when_neither_is_known()
    {
        await IngestAsync("en", "2026-07-01",
            "Lozen Chem and the Ministry of Health of Kazakhstan signed a memorandum on generic medicines on 30 June 2026. The Bulgarian producer plans a plant near Almaty.");

        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Parties.Select(p => p.Name).ShouldBe(["Lozen Chem", "Ministry of Health of Kazakhstan"], ignoreOrder: true);
        agreement.Parties.Single(p => p.Name == "Lozen Chem").Country.ShouldBe("BG");
    }

    [Fact]
    public async Task A_company_named_alike_in_an_English_and_a_Russian_report_of_one_day_makes_them_one_agreement()
    {
        await IngestAsync("en", "2026-01-16", "Lavmir Mining and the Ministry of Economy and Industry of Bulgaria signed a memorandum on postal logistics on 16 January 2026.");
        await IngestAsync("ru", "2026-01-17", "16 января 2026 года Lavmir Mining и Министерство экономики и индустрии Болгарии подписали меморандум о сотрудничестве в почтовой связи.");

        Store.Agreements.All().ShouldHaveSingleItem().Sources.Count.ShouldBe(2);
        Alerts.ShouldBe(1);
    }

    [Fact]
    public async Task A_party_whose_name_holds_and_is_not_split_where_a_country_name_ends_it()
    {
        await IngestAsync("ru", "2026-04-04", "3 апреля 2026 года было подписано соглашение между Kumis Trade и Министерство экономики и индустрии Болгарии о цифровой экономике.");

        Store.Agreements.All().ShouldHaveSingleItem().Parties.Select(p => p.Name)
            .ShouldBe(["Kumis Trade", "Министерство экономики и индустрии Болгарии"], ignoreOrder: true);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
