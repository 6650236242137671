using Bot.Knowledge.Alerts;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// One agreement is one record and one alert per subscriber, however many outlets report it and in whatever words,
/// language, script or case they name the parties; different agreements stay different. The store holds no curated
/// data: parties are known from the gazetteer alone.
/// </summary>
public sealed class AgreementIdentityTests : IDisposable
{
    const long Subscriber = 501;

    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();
    int _files;

    TestStores Store => _temp.Store;

    public AgreementIdentityTests()
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

    static readonly (string Lang, string Published, string Body)[] OneMemorandumInThreeLanguages =
    [
        ("en", "2026-03-12", "Kazakhstan and Bulgaria signed a memorandum on student exchanges and joint university degrees on 12 March 2026."),
        ("ru", "2026-03-13", "Болгария и Казахстан подписали меморандум о сотрудничестве в области культуры и гуманитарных обменов 12 марта 2026 года."),
        ("bg", "2026-03-14", "България и Казахстан подписаха меморандум за културен и академичен обмен на 12 март 2026 г."),
    ];

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(2, 0, 1)]
    [InlineData(1, 2, 0)]
    public async Task One_memorandum_reported_in_three_languages_and_wordings_is_one_agreement_with_one_alert(int first, int second, int third)
    {
        foreach (var i in new[] { first, second, third })
            await IngestAsync(OneMemorandumInThreeLanguages[i].Lang, OneMemorandumInThreeLanguages[i].Published, OneMemorandumInThreeLanguages[i].Body);

        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Sources.Count.ShouldBe(3);
        agreement.Signed.ShouldBe(new PartialDate(2026, 3, 12));
        Alerts.ShouldBe(1);
    }

    [Fact]
    public async Task Cities_named_in_other_cases_and_scripts_are_the_same_parties()
    {
        await IngestAsync("en", "2016-06-17", "On 16 June 2016 Uralsk and Blagoevgrad signed a memorandum of cooperation in the economy and education.");
        await IngestAsync("ru", "2016-06-18", "16 июня 2016 года меморандум о сотрудничестве подписали Уральск и Благоевград.");
        await IngestAsync("bg", "2016-06-20", "Благоевград и Уральск подписаха меморандум за сътрудничество на 16 юни 2016 г.");

        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Sources.Count.ShouldBe(3);
        Alerts.ShouldBe(1);
    }

    [Fact]
    public async Task A_report_that_gives_only_the_year_joins_the_dated_agreement_and_a_later_exact_date_is_kept()
    {
        await IngestAsync("en", "2026-12-30", "In 2026 Kazakhstan and Bulgaria signed a memorandum on green hydrogen research.");
        await IngestAsync("en", "2026-11-12", "Kazakhstan and Bulgaria signed a memorandum on joint research into green hydrogen on 11 November 2026.");

        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Signed.ShouldBe(new PartialDate(2026, 11, 11));
        agreement.Sources.Count.ShouldBe(2);
        Alerts.ShouldBe(1);
    }

    [Fact]
    public async Task Two_memoranda_one_report_lists_for_the_same_day_and_cities_stay_two_when_a_second_outlet_repeats_them()
    {
        await IngestAsync("en", "2026-05-05", "On 4 May 2026 the following memoranda were signed between Astana and Sofia: a memorandum on museum exchanges; a memorandum on public transport.");
        await IngestAsync("ru", "2026-05-06", "4 мая 2026 года между Астаной и Софией были подписаны меморандум о музейных обменах и меморандум о городском транспорте.");

        var agreements = Store.Agreements.All();
        agreements.Count.ShouldBe(2);
        agreements.ShouldAllBe(a => a.Sources.Count == 2);
        Alerts.ShouldBe(2);
    }

    [Fact]
    public async Task Agreements_of_another_kind_or_another_day_between_the_same_parties_are_different_agreements()
    {
        await IngestAsync("en", "2026-05-05", "Kazakhstan and Bulgaria signed a memorandum on tourism on 4 May 2026.");
        await IngestAsync("en", "2026-05-06", "Kazakhstan and Bulgaria signed an agreement on tourism on 4 May 2026.");
        await IngestAsync("en", "2026-09-06", "Kazakhstan and Bulgaria signed a memorandum on tourism on 5 September 2026.");

        Store.Agreements.All().Count.ShouldBe(3);
        Alerts.ShouldBe(3);
    }

    [Fact]
    public async Task A_memorandum_of_two_cities_and_one_of_two_institutions_signed_the_same_day_stay_two()
    {
        // Both titles say only "memorandum of understanding on cooperation"; one side of the second is an institution
        // named with its country's name, the first's sides are two capitals.
        await IngestAsync("ru", "2026-05-15", "14 мая 2026 года в Софии Астана и София подписали меморандум о взаимопонимании и сотрудничестве.");
        await IngestAsync("ru", "2026-05-16", "14 мая 2026 года в Софии Академия государственного управления при Президенте Республики Казахстан и Софийский университет подписали меморандум о взаимопонимании и сотрудничестве.");

        Store.Agreements.All().Count.ShouldBe(2);
        Alerts.ShouldBe(2);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
