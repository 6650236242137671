using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A news item that names one signed document again later, by its kind alone ("The memorandum was signed by …"), reports
/// one document, not two; an item that signs two documents of one kind with different subjects keeps both.
/// </summary>
public sealed class RepeatedAgreementTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Fact]
    public async Task A_memorandum_named_again_by_its_kind_is_one_memorandum()
    {
        var (result, _) = await _files.IngestAsync("rail.txt",
            "Железнодорожники Казахстана и Болгарии провели переговоры\n\n" +
            "В Софии прошли переговоры железнодорожных администраций Казахстана и Болгарии.\n\n" +
            "По итогам встречи стороны подписали меморандум о взаимопонимании.\n\n" +
            "Меморандум подписали заместитель министра транспорта Казахстана и директор болгарской железнодорожной компании.");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Store.Agreements.All().ShouldHaveSingleItem().Kind.ShouldBe("memorandum");
    }

    [Fact]
    public async Task Two_memoranda_on_different_subjects_stay_two()
    {
        var (result, _) = await _files.IngestAsync("two.txt",
            "Two memoranda signed in Astana\n\n" +
            "Kazakhstan and Bulgaria signed a memorandum on cooperation in tourism on 3 March 2024 in Astana. " +
            "The two countries also signed a memorandum on cooperation in education.");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Store.Agreements.All().Count.ShouldBe(2);
    }

    public void Dispose() => _files.Dispose();
}
