using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A page whose scripts draw the article (a single-page site saved as it came from the server) holds only the site's
/// frame and "Загрузка…", but declares the article's whole text in its JSON-LD (NewsArticle "articleBody"): that text is
/// read. A page that shows its article keeps its own text, however short the body its JSON-LD declares.
/// </summary>
public sealed class DeclaredArticleBodyTests : IDisposable
{
    readonly FileIngestion _files = new();

    const string ScriptedPage = """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Казахстан и Болгария подписали соглашение о воздушном сообщении | Kazinform</title>
        <meta property="og:title" content="Казахстан и Болгария подписали соглашение о воздушном сообщении">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Казахстан и Болгария подписали соглашение о воздушном сообщении","datePublished":"2025-11-20T12:30:00+05:00","articleBody":"АСТАНА, 20 ноября. Сегодня в Астане министр транспорта Казахстана Нурлан Сауранбаев и министр транспорта и связи Болгарии Гроздан Караджов подписали соглашение о воздушном сообщении между двумя странами.\nСоглашение предусматривает открытие прямого рейса Астана – София в 2026 году.\nТоварооборот между странами за девять месяцев 2025 года составил 298,4 млн долларов США."}</script>
        <script src="/_nuxt/app.js" defer></script></head>
        <body><div id="__nuxt"><header class="header"><nav><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a></nav></header><div class="loading">Загрузка...</div><footer>© 2025 Kazinform</footer></div></body></html>
        """;

    const string ShownPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bulgarian grain traders visit Kostanay</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bulgarian grain traders visit Kostanay","datePublished":"2025-09-02T09:00:00+05:00","articleBody":"A delegation of Bulgarian grain traders visited Kostanay."}</script></head>
        <body><article><h1>Bulgarian grain traders visit Kostanay</h1>
        <p>A delegation of Bulgarian grain traders visited Kostanay on 1 September to meet the region's largest wheat producers and the regional akimat.</p>
        <p>The delegation of twelve companies discussed rail deliveries of durum wheat to the port of Varna through the Middle Corridor.</p>
        <p>The region exported 1.2 million tonnes of wheat in the last marketing year, the akimat said.</p></article></body></html>
        """;

    [Fact]
    public async Task The_article_a_scripted_page_declares_is_read_with_its_agreement_and_figure()
    {
        var report = await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("scripted.html", ScriptedPage)], CancellationToken.None);

        report.Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
        _files.Store.Agreements.All().ShouldHaveSingleItem().Title.ShouldContain("воздушном сообщении");
        report.FiguresFound.ShouldBe(1);
    }

    [Fact]
    public async Task A_page_showing_its_article_keeps_its_own_text()
    {
        await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("shown.html", ShownPage)], CancellationToken.None);

        var passages = _files.Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages");
        passages.ShouldContain(p => p.Contains("durum wheat to the port of Varna", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
