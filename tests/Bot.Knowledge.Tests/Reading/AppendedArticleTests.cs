using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Pages that hold a second whole article below the first, as infinite-scroll sites save them (the next story loaded
/// into the same page under its own headline and date). Each article is a document of its own: the second's facts never
/// take the first's date or title, and the first's never the second's. Long articles with sections, live blogs and
/// lists of teasers stay one document.
/// </summary>
public sealed class AppendedArticleTests : IDisposable
{
    readonly FileIngestion _files = new();

    /// <summary>An agency page: two articles in the same template ("article.article"), kicker, date, views, tags.</summary>
    const string AgencyScroll = """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
        <meta property="og:title" content="Казахстан и Болгария подписали меморандум о сотрудничестве в сфере туризма">
        <meta property="article:published_time" content="2025-03-12T10:15:00+05:00">
        <link rel="canonical" href="https://agency.example/ru/memorandum-turizm-a1234567"></head>
        <body>
        <header><nav><a href="/ru/">Главная</a> <a href="/ru/politika">Политика</a> <a href="/ru/ekonomika">Экономика</a></nav></header>
        <main><div class="article-list">
        <article class="article">
          <div class="article__kicker">ЭКОНОМИКА</div>
          <h1 class="article__title">Казахстан и Болгария подписали меморандум о сотрудничестве в сфере туризма</h1>
          <div class="article__info">12 марта 2025, 10:15 👁 1 245</div>
          <p>АСТАНА. Министерство туризма и спорта Казахстана и Министерство туризма Болгарии подписали меморандум о сотрудничестве в сфере туризма.</p>
          <p>По словам министра, в 2024 году Казахстан посетили 12 400 туристов из Болгарии, что на 18% больше, чем годом ранее.</p>
        </article>
        <article class="article" data-url="https://agency.example/ru/tokaev-razgovor-a1234502">
          <div class="article__kicker">ПОЛИТИКА</div>
          <h1 class="article__title">Казахстан и Болгария подписали соглашение о воздушном сообщении</h1>
          <div class="article__info">11 марта 2025, 18:40 👁 3 410</div>
          <p>АСТАНА. Министр транспорта Казахстана и министр транспорта Болгарии подписали соглашение о воздушном сообщении между двумя странами.</p>
          <p>Товарооборот между Казахстаном и Болгарией в 2024 году составил 375 млн долларов, сообщили в министерстве торговли.</p>
        </article>
        </div></main>
        <footer><p>© 2025 Агентство. Все права защищены.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Each_article_of_an_infinite_scroll_page_is_its_own_document_with_its_own_title_date_and_address()
    {
        var page = HtmlReader.Read("file:/page.html", null, AgencyScroll);

        page.Documents.Count.ShouldBe(2);
        var (first, second) = (page.Documents[0], page.Documents[1]);
        first.Title.ShouldBe("Казахстан и Болгария подписали меморандум о сотрудничестве в сфере туризма");
        first.Published.ToString().ShouldBe("2025-03-12");
        first.Url.ShouldBe("https://agency.example/ru/memorandum-turizm-a1234567");
        string.Join("\n", first.Paragraphs).ShouldNotContain("воздушном");
        second.Title.ShouldBe("Казахстан и Болгария подписали соглашение о воздушном сообщении");
        second.Published.ToString().ShouldBe("2025-03-11");
        second.Url.ShouldBe("https://agency.example/ru/tokaev-razgovor-a1234502");
        string.Join("\n", second.Paragraphs).ShouldNotContain("туристов");
        // The rubric slugs are neither titles nor passages.
        page.Documents.SelectMany(d => d.Paragraphs).ShouldNotContain(p => p.Contains("ПОЛИТИКА") || p.Contains("ЭКОНОМИКА"));
    }

    [Fact]
    public async Task The_second_articles_agreement_and_figure_are_dated_and_cited_as_the_second_article()
    {
        var report = await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("scroll.html", AgencyScroll)], CancellationToken.None);

        report.Results.Count.ShouldBe(2);
        var agreements = _files.Store.Agreements.All();
        var air = agreements.Where(a => a.Title.Contains("воздушном", StringComparison.Ordinal)).ShouldHaveSingleItem();
        air.Signed.ToString().ShouldBe("2025-03-11");
        air.Sources.ShouldHaveSingleItem().Title.ShouldBe("Казахстан и Болгария подписали соглашение о воздушном сообщении");
        var tourism = agreements.Where(a => a.Title.Contains("туризма", StringComparison.Ordinal)).ShouldHaveSingleItem();
        tourism.Signed.ToString().ShouldBe("2025-03-12");
        var trade = _files.Store.Figures.All().Where(f => f.Value == 375).ShouldHaveSingleItem();
        trade.Source.Url.ShouldBe("https://agency.example/ru/tokaev-razgovor-a1234502");
        trade.Source.Published.ShouldBe("2025-03-11");
    }

    [Fact]
    public void A_flat_page_of_two_headlines_each_with_its_date_is_two_documents()
    {
        const string html = """
            <html lang="bg"><body><main>
            <h1>България и Казахстан ще открият директна авиолиния София – Астана</h1>
            <time datetime="2025-05-20T09:00:00+03:00">20 май 2025, 09:00</time>
            <p>Транспортният министър и посланикът на Казахстан обсъдиха откриването на директна авиолиния между София и Астана.</p>
            <p>Компанията ще започне полетите през есента, съобщи министерството на транспорта и съобщенията.</p>
            <h1>Цените на горивата растат за трета седмица</h1>
            <time datetime="2025-05-19T17:30:00+03:00">19 май 2025, 17:30</time>
            <p>Цената на дизела на бензиностанциите се повиши с 3% за седмица, показват данните на министерството.</p>
            <p>Анализаторите очакват ръст от още 5% до края на юни, когато цената ще достигне 2,80 лева за литър.</p>
            </main></body></html>
            """;

        var docs = HtmlReader.Read("file:/flat.html", null, html).Documents;

        docs.Select(d => (d.Title, d.Published.ToString())).ShouldBe([
            ("България и Казахстан ще открият директна авиолиния София – Астана", "2025-05-20"),
            ("Цените на горивата растат за трета седмица", "2025-05-19")]);
        docs[1].Uri.ShouldBe("file:/flat.html#next-1");
        string.Join("\n", docs[0].Paragraphs).ShouldNotContain("дизела");
    }

    [Fact]
    public void An_appended_story_whose_dateline_has_no_year_takes_the_pages_and_an_update_does_not_date_the_first()
    {
        const string html = """
            <html lang="en"><head><title>Bulgaria, Kazakhstan discuss direct flights | BTA</title></head><body>
            <div class="container">
              <div class="post">
                <h1>Bulgaria, Kazakhstan discuss direct flights between Sofia and Astana</h1>
                <p>Sofia, June 4 (BTA) | Updated: 14:20, 6 June 2025</p>
                <p>Transport Minister Grozdan Karadzhov met Kazakhstan's Ambassador on Wednesday to discuss direct flights between Sofia and Astana.</p>
                <p>Karadzhov said the route could open in the autumn. Bulgaria and Kazakhstan trade reached USD 375 million in 2024, he noted.</p>
              </div>
              <div class="post">
                <h1>President Radev to attend EU summit in Brussels</h1>
                <p>Sofia, June 3 (BTA)</p>
                <p>President Rumen Radev will attend the European Council summit in Brussels on Thursday, the press office said.</p>
                <p>The summit will discuss defence spending, which EU leaders want to raise to EUR 800 billion by 2030.</p>
              </div>
            </div></body></html>
            """;

        var docs = HtmlReader.Read("file:/bta.html", null, html).Documents;

        docs.Select(d => (d.Title, d.Published.ToString())).ShouldBe([
            ("Bulgaria, Kazakhstan discuss direct flights between Sofia and Astana", "2025-06-04"),
            ("President Radev to attend EU summit in Brussels", "2025-06-03")]);
    }

    [Fact]
    public void A_long_article_with_headed_sections_stays_one_document()
    {
        const string html = """
            <html lang="en"><head><meta property="article:published_time" content="2022-07-15"></head><body><article>
            <h1>Kazakhstan and Bulgaria: thirty years of partnership</h1>
            <p>Thirty years ago, on 15 July 1992, Kazakhstan and Bulgaria established diplomatic relations and have since signed more than 40 agreements.</p>
            <h1>Trade and investment</h1>
            <p>On 1 March 2024 trade rose.</p>
            <p>Trade between the two countries grew from USD 20 million in 2000 to USD 375 million in 2024, according to the National Bank.</p>
            <p>Bulgarian companies have invested in agriculture and pharmaceuticals; Kazakh oil is refined in Burgas.</p>
            <h1>Culture and education</h1>
            <p>The Kazakh language has been taught at Sofia University since 2008, and about 4,500 ethnic Bulgarians live in Kazakhstan.</p>
            <p>Days of Kazakh culture were held in Sofia in 2019 and days of Bulgarian culture in Astana in 2021.</p>
            </article></body></html>
            """;

        var page = HtmlReader.Read("file:/long.html", null, html);

        page.Documents.ShouldHaveSingleItem();
        string.Join("\n", page.Paragraphs).ShouldContain("4,500 ethnic Bulgarians");
    }

    [Fact]
    public void A_live_blogs_entries_and_a_list_of_teasers_stay_with_the_page()
    {
        const string html = """
            <html lang="ru"><head><meta property="article:published_time" content="2025-06-09T09:00:00+05:00"></head><body>
            <div class="content">
            <h1>Визит Радева в Астану: онлайн-трансляция</h1>
            <div class="entry"><h1>Радев прибыл в Акорду</h1><span>12:10</span><p>Президент Болгарии Румен Радев прибыл в Акорду, где его встретил Касым-Жомарт Токаев.</p><p>Лидеры проведут переговоры в узком и расширенном составе, сообщает пресс-служба.</p></div>
            <div class="entry"><h1>Подписаны пять документов</h1><span>14:35</span><p>По итогам переговоров стороны подписали пять документов, в том числе меморандум о транспорте.</p><p>Товарооборот между странами в 2024 году составил 375 миллионов долларов, отметил Токаев.</p></div>
            </div>
            <div class="teasers">
            <div class="teaser"><h1><a href="/ru/a1">Токаев принял делегацию Китая в Акорде</a></h1><span>8 июня 2025</span><p>Короткий анонс новости.</p></div>
            </div>
            </body></html>
            """;

        var page = HtmlReader.Read("file:/live.html", null, html);

        page.Documents.ShouldHaveSingleItem().Published.ToString().ShouldBe("2025-06-09");
        string.Join("\n", page.Paragraphs).ShouldContain("375 миллионов");
    }

    public void Dispose() => _files.Dispose();
}
