using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>
/// A list of signed documents that names one paper twice in other words ("a memorandum between A and B on X", then "a
/// memorandum of understanding between A and B on X") reports one agreement, in every language: a user asking what was
/// signed is told of it once. Two papers between the same sides on different subjects stay two. Texts of our own.
/// </summary>
public sealed class AgreementToldTwiceTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    async Task IngestAsync(string lang, string published, string body)
    {
        var file = _folder.Write($"{lang}.md", MarkdownDoc.With("Signed documents", published, lang, body));
        var report = await Store.Ingestor.IngestAsync([file], CancellationToken.None);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added);
    }

    [Theory]
    [InlineData("en", "On 12 March 2026 in Varna, the following documents were signed:\n\n"
        + "- a memorandum between Aktobe Steel and Varna Shipyard on ship repair;\n"
        + "- a memorandum of understanding between Aktobe Steel and Varna Shipyard on ship repair;\n"
        + "- a memorandum between Aktobe Steel and Varna Shipyard on welding training.")]
    [InlineData("ru", "12 марта 2026 года в Варне были подписаны следующие документы:\n\n"
        + "- меморандум между Aktobe Steel и Varna Shipyard о ремонте судов;\n"
        + "- меморандум о взаимопонимании между Aktobe Steel и Varna Shipyard о ремонте судов;\n"
        + "- меморандум между Aktobe Steel и Varna Shipyard об обучении сварщиков.")]
    [InlineData("bg", "На 12 март 2026 г. във Варна бяха подписани следните документи:\n\n"
        + "- меморандум между Aktobe Steel и Varna Shipyard за ремонт на кораби;\n"
        + "- меморандум за разбирателство между Aktobe Steel и Varna Shipyard за ремонт на кораби;\n"
        + "- меморандум между Aktobe Steel и Varna Shipyard за обучение на заварчици.")]
    [InlineData("kk", "2026 жылғы 12 наурызда Варнада мына құжаттарға қол қойылды:\n\n"
        + "- Aktobe Steel мен Varna Shipyard арасындағы кеме жөндеу туралы меморандум;\n"
        + "- Aktobe Steel мен Varna Shipyard арасындағы кеме жөндеу туралы өзара түсіністік меморандумы;\n"
        + "- Aktobe Steel мен Varna Shipyard арасындағы дәнекерлеушілерді оқыту туралы меморандум.")]
    public async Task A_list_naming_one_memorandum_twice_in_other_words_stores_it_once_and_keeps_the_other_subject(string lang, string body)
    {
        await IngestAsync(lang, "2026-03-12", body);

        var agreements = Store.Agreements.All();
        agreements.Count.ShouldBe(2);
        agreements.ShouldAllBe(a => a.Signed == new Model.PartialDate(2026, 3, 12));
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
