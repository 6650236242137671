using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A document talked about but not signed ("discussed a memorandum, but no document was signed", "подписан не был",
/// "подписание отложено", "не беше подписан") is no agreement, in any of the four languages.
/// </summary>
public sealed class UnsignedAgreementTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("en", "The ministers discussed a memorandum on road transport, but no document was signed.")]
    [InlineData("en", "The delegations reviewed an agreement on veterinary checks; the signing was postponed.")]
    [InlineData("ru", "Стороны обсудили меморандум о сотрудничестве в области туризма, однако документ подписан не был.")]
    [InlineData("ru", "Министры обсудили проект соглашения о транзите, но подписание отложено.")]
    [InlineData("bg", "Страните обсъдиха меморандум за сътрудничество в туризма, но такъв не беше подписан.")]
    [InlineData("kk", "Тараптар туризм саласындағы меморандумды талқылады, бірақ құжатқа қол қойылған жоқ.")]
    public async Task A_document_discussed_but_not_signed_is_no_agreement(string lang, string sentence)
    {
        var (result, _) = await _files.IngestAsync($"talks-{lang}.md", $"---\ntitle: \"Talks\"\ndate: 2024-10-02\nlang: {lang}\n---\n\n{sentence}\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Store.Agreements.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_document_signed_after_talks_is_still_an_agreement()
    {
        var (result, _) = await _files.IngestAsync("signed.md",
            "---\ntitle: \"Talks\"\ndate: 2024-10-02\nlang: en\n---\n\nAfter two days of talks, Kazakhstan and Bulgaria signed a memorandum on road transport on 2 October 2024.\n");

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Store.Agreements.All().ShouldHaveSingleItem();
    }

    public void Dispose() => _files.Dispose();
}
