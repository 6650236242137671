using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A page whose source wraps its paragraphs at a fixed width (written by hand, or by an editor that wraps lines): a browser
/// shows each paragraph as one, and so does the store — a sentence broken over two source lines is one sentence.
/// </summary>
public sealed class WrappedHtmlLinesTests : IDisposable
{
    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    List<string> Passages() => Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages ORDER BY ordinal");

    [Fact]
    public async Task A_paragraph_wrapped_in_the_source_is_one_passage_and_its_sentence_is_read_whole()
    {
        var file = _folder.Write("shymkent.html", """
            <!DOCTYPE html>
            <html lang="kk"><head><meta charset="utf-8"><title>Шымкент пен Пловдив ынтымақтастығы</title>
            <meta property="article:published_time" content="2025-06-11T10:00:00+05:00"></head>
            <body><header><nav><a href="/">Басты бет</a> | <a href="/news">Жаңалықтар</a></nav></header>
            <main><article>
            <h1>Шымкент пен Пловдив ынтымақтастығы</h1>
            <figure><img src="/a.jpg" alt=""><figcaption>Шымкент қаласы. Фото: архив</figcaption></figure>
            <p>Шымкент қаласының әкімдігі Болгарияның Пловдив қаласымен бауырлас қалалар туралы
            меморандумға қол қойды. Құжатқа кеше Астанада екі қаланың басшылары қол қойды, деп
            хабарлайды әкімдіктің баспасөз қызметі.</p>
            <p>Былтыр Қазақстан мен Болгария арасындағы тауар айналымы 375,2 млн долларды
            құрады. Бұл <a href="/trade">алдыңғы жылмен</a>
            салыстырғанда 3,9 есе көп.</p>
            <p>Екі қала өнеркәсіп, білім беру және туризм салаларында бірлескен жобаларды жүзеге асыруды
            жоспарлап отыр. Алдағы күзде Пловдивтен іскерлер делегациясы Шымкентке келеді деп күтілуде.</p>
            </article></main>
            <footer>© 2025 Шымкент қаласының әкімдігі</footer>
            </body></html>
            """);

        var result = (await Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        passages.ShouldContain("Шымкент қаласының әкімдігі Болгарияның Пловдив қаласымен бауырлас қалалар туралы меморандумға қол қойды. "
            + "Құжатқа кеше Астанада екі қаланың басшылары қол қойды, деп хабарлайды әкімдіктің баспасөз қызметі.");
        // The link inside a wrapped line stays in its sentence, spaced as shown.
        passages.ShouldContain("Былтыр Қазақстан мен Болгария арасындағы тауар айналымы 375,2 млн долларды құрады. Бұл алдыңғы жылмен салыстырғанда 3,9 есе көп.");
        passages.ShouldNotContain(p => p.StartsWith("құрады", StringComparison.Ordinal) || p.StartsWith("меморандумға", StringComparison.Ordinal));
        // "Былтыр" (last year) is read with its figure, once the figure's line is no longer cut from it.
        Store.Figures.All().ShouldContain(f => f.Period.ToString() == "2024");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
