using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// A list of signed documents as releases write it — each item on its own line, closed by a semicolon, the last by a
/// full stop — gives one agreement per item, the last one too; a Kazakh item names its document head last ("…
/// ынтымақтастық меморандумы", with the ending a Russian plural has) and may give its parties after a dash.
/// </summary>
public sealed class SignedListTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task<IReadOnlyList<Agreement>> IngestAsync(string lang, string body)
    {
        var file = _folder.Write($"{lang}.md", MarkdownDoc.With("News item", "2023-10-05", lang, body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
        return _temp.Store.Agreements.All();
    }

    [Fact]
    public async Task Every_item_of_a_Kazakh_list_is_a_document_named_head_last_the_last_one_too()
    {
        var agreements = await IngestAsync("kk", """
            Сапар барысында Қазақстан мен Болгария арасында келесі құжаттарға қол қойылды:

            Ауыл шаруашылығы саласындағы ынтымақтастық меморандумы — ҚР Ауыл шаруашылығы министрлігі мен Болгария Земеделие министрлігі арасында;

            Алматы және Варна қалалары арасындағы бауырластық туралы хаттама;

            «Болашақ» қоры мен София университеті арасындағы ғылыми ынтымақтастық меморандумы.
            """);

        agreements.Count.ShouldBe(3, string.Join("; ", agreements.Select(a => a.Title)));
        agreements.ShouldContain(a => a.Title == "Ауыл шаруашылығы саласындағы ынтымақтастық меморандумы", string.Join("; ", agreements.Select(a => a.Title)));
        agreements.ShouldContain(a => a.Title == "Ғылыми ынтымақтастық меморандумы" && a.Parties.Count == 2);
    }

    [Fact]
    public async Task The_last_item_of_a_Russian_list_closed_by_a_full_stop_is_a_document_too()
    {
        var agreements = await IngestAsync("ru", """
            По итогам переговоров Казахстан и Болгария подписали следующие документы:

            меморандум о сотрудничестве в области сельского хозяйства;

            протокол о побратимстве городов Алматы и Варна;

            Программа обмена студентами на 2024–2026 годы.
            """);

        agreements.Count.ShouldBe(3, string.Join("; ", agreements.Select(a => a.Title)));
        agreements.ShouldContain(a => a.Kind == "programme");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
