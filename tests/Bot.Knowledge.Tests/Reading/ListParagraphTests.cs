using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A list whose items are paragraphs of their own, as PDFs and many pages lay them out, stands under its introduction to
/// the last item: "The following documents were signed:" makes every item a signed document, not the first alone.
/// </summary>
public sealed class ListParagraphTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("en", "Kazakh and Bulgarian ministers meet in Sofia", "Sofia, 3 March 2023",
        "The following three documents were signed:",
        "- a Memorandum of Understanding on cooperation in tourism;", "- a Memorandum on twin-city relations between Turkistan and Veliko Tarnovo;", "- an Agreement on cooperation in sports.")]
    [InlineData("ru", "Министры Казахстана и Болгарии встретились в Софии", "София, 3 марта 2023 года",
        "По итогам встречи были подписаны следующие документы:",
        "- меморандум о сотрудничестве в области туризма;", "- меморандум об установлении побратимских связей между Туркестаном и Велико-Тырново;", "- соглашение о сотрудничестве в области спорта.")]
    public async Task Every_item_of_a_list_of_signed_documents_is_an_agreement(string lang, string title, string dateline, string intro, string first, string second, string third)
    {
        var (result, _) = await _files.IngestAsync($"signed-{lang}.md",
            $"---\ntitle: \"{title}\"\ndate: 2023-03-03\nlang: {lang}\n---\n\n{dateline}\n\n{intro}\n\n{first}\n\n{second}\n\n{third}\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Store.Agreements.All().Count.ShouldBe(3, string.Join("; ", _files.Store.Agreements.All().Select(a => a.Title)));
    }

    public void Dispose() => _files.Dispose();
}
