using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// A plural of a document kind in any case ("меморандумами", "соглашениям", "меморандумите", "келісімдерге") names the
/// documents of a signing as a group, not one document: no agreement is made of it or of the words after it.
/// </summary>
public sealed class DocumentGroupTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task<IReadOnlyList<Agreement>> IngestAsync(string lang, string body)
    {
        var file = _folder.Write($"{lang}-{Guid.NewGuid():N}.md", MarkdownDoc.With("News item", "2024-09-12", lang, body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
        return _temp.Store.Agreements.All();
    }

    [Theory]
    [InlineData("ru", "В Астане по итогам переговоров министров Казахстана и Болгарии стороны обменялись четырьмя документами — отраслевыми меморандумами.")]
    [InlineData("ru", "Министры Казахстана и Болгарии подписали пакет документов, приложенных к соглашениям о транспорте.")]
    [InlineData("bg", "В Астана министрите на България и Казахстан подписаха меморандумите, подготвени от работните групи.")]
    [InlineData("kk", "Астанада Қазақстан мен Болгария министрлері салалық меморандумдарға қол қойды.")]
    public async Task A_plural_kind_in_any_case_is_no_document_of_its_own(string lang, string body)
    {
        var agreements = await IngestAsync(lang, body);

        agreements.ShouldBeEmpty(string.Join("; ", agreements.Select(a => a.Title)));
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
