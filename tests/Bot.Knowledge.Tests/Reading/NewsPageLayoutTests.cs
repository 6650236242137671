using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// News pages as ministries, presidents' offices, embassies and agencies publish them: the article among menus,
/// breadcrumbs, "other news" lists with their own dates and figures, share rows, view counters and footers. Only the
/// article becomes evidence, and the page's own date and headline are the document's.
/// </summary>
public sealed class NewsPageLayoutTests : IDisposable
{
    readonly FileIngestion _files = new();

    List<string> Passages() => _files.Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages ORDER BY ordinal");

    /// <summary>A short press release in a site's frame, with its date shown only as text under the headline.</summary>
    static string PressPage(string dateLine, string sidebar = "") => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministry of Transport</title></head>
        <body>
        <div class="top-line"><a href="/kk">Қаз</a> <a href="/ru">Рус</a> <a href="/en">Eng</a></div>
        <ul class="main-nav"><li><a href="/en/about">About</a></li><li><a href="/en/news">News</a></li><li><a href="/en/contacts">Contacts</a></li></ul>
        <div class="crumbs"><a href="/en">Home</a> / <a href="/en/news">News</a></div>
        <div class="col-left">
          <h1>Rail freight group meets in Sofia</h1>
          <div class="info">{dateLine}</div>
          <div class="text">
            <p>Today the Kazakh-Bulgarian working group on rail freight held its first meeting in Sofia.</p>
            <p>The group agreed to prepare a timetable for container trains between Aktau and Varna.</p>
          </div>
          <div class="social-buttons">Share: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">Print version</a></div>
        </div>
        <div class="col-right sidebar">{sidebar}</div>
        <div class="bottom">010000, Astana, Government House. Phone: +7 7172 11 22 33</div>
        </body></html>
        """;

    const string OtherNews = """
        <h3>Other news</h3>
        <ul><li><span>12.02.2024</span> Ports of Burgas and Varna handled 2.1 million tonnes of Kazakh cargo</li>
        <li><span>03.11.2023</span> A memorandum on logistics was signed in Aktau</li></ul>
        """;

    [Fact]
    public async Task Menus_sidebars_share_rows_and_footers_of_a_news_page_never_become_passages()
    {
        var (result, _) = await _files.IngestAsync("news.html", PressPage("14.05.2026, 10:20", OtherNews));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var text = string.Join("\n", Passages());
        text.ShouldContain("container trains between Aktau and Varna");
        text.ShouldNotContain("Burgas");
        text.ShouldNotContain("memorandum on logistics");
        text.ShouldNotContain("Share");
        text.ShouldNotContain("+7 7172");
        text.ShouldNotContain("Contacts");
        _files.Store.Figures.All().ShouldBeEmpty();
        _files.Store.Agreements.All().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("14.05.2026, 10:20")]
    [InlineData("14 May 2026, 10:20 · Views: 1 204")]
    [InlineData("Published on 14 May 2026 | Author: Press service")]
    public async Task A_page_is_dated_by_the_date_shown_under_its_headline_and_not_by_its_sidebar(string dateLine)
    {
        var (_, row) = await _files.IngestAsync("news.html", PressPage(dateLine, OtherNews));

        row!.Published.ShouldBe("2026-05-14");
        row.Title.ShouldBe("Rail freight group meets in Sofia");
        Passages().ShouldNotContain(p => p.Contains("1 204") || p.Contains("Press service"));
    }

    [Theory]
    [InlineData("ru", "14 мая 2026, 10:20")]
    [InlineData("bg", "14 май 2026 г. | Прочетена 311 пъти")]
    [InlineData("kk", "2026 жылғы 14 мамыр, 10:20")]
    public async Task A_date_shown_in_russian_bulgarian_or_kazakh_dates_the_page(string lang, string dateLine)
    {
        var (_, row) = await _files.IngestAsync($"news-{lang}.html", PressPage(dateLine));

        row!.Published.ShouldBe("2026-05-14");
    }

    [Fact]
    public async Task A_time_element_in_a_column_of_latest_news_before_the_article_does_not_date_the_page()
    {
        var sidebar = """
            <div class="widget latest-news">
              <div><time datetime="2024-02-12T09:00:00+05:00">12 February 2024</time> <a href="/n/1">Ports handled more cargo</a></div>
              <div><time datetime="2023-11-03T09:00:00+05:00">3 November 2023</time> <a href="/n/2">Logistics memorandum</a></div>
            </div>
            """;
        var page = PressPage("14.05.2026, 10:20").Replace("<div class=\"col-left\">", "<div class=\"col-first\">" + sidebar + "</div><div class=\"col-left\">", StringComparison.Ordinal);

        var (_, row) = await _files.IngestAsync("news.html", page);

        row!.Published.ShouldBe("2026-05-14");
    }

    [Fact]
    public async Task A_headline_in_a_second_level_heading_titles_the_page_when_the_html_title_is_the_site_name()
    {
        var page = """
            <html><head><title>Honorary Consulate of Kazakhstan in Plovdiv</title></head><body>
            <div id="header"><div class="site-name">Honorary Consulate of Kazakhstan in Plovdiv</div></div>
            <div id="content"><h2 class="node-title">Mayors of two cities sign a twinning memorandum</h2>
            <div class="submitted">Posted by admin on 3 March 2026</div>
            <p>Today in Plovdiv the mayors of the two cities signed a memorandum on twinning.</p></div>
            </body></html>
            """;

        var (_, row) = await _files.IngestAsync("consulate.html", page);

        row!.Title.ShouldBe("Mayors of two cities sign a twinning memorandum");
        row.Published.ShouldBe("2026-03-03");
        Passages().ShouldNotContain(p => p.Contains("admin"));
    }

    [Fact]
    public async Task A_list_of_links_with_no_telling_class_is_still_left_out()
    {
        var page = """
            <html><head><title>News</title></head><body>
            <h1>Trade talks in Astana</h1>
            <p>Trade between the two countries reached $120 million in 2025, the ministers said in Astana.</p>
            <div class="col-3"><a href="/a">Exports grew to $90 million in 2023</a> <a href="/b">A visit in March</a> <a href="/c">New flights to Varna</a></div>
            </body></html>
            """;

        await _files.IngestAsync("links.html", page);

        _files.Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(120);
    }

    [Fact]
    public async Task A_page_copied_as_text_loses_its_breadcrumbs_byline_share_row_and_related_list_but_keeps_its_date()
    {
        var text = """
            Home > World > Diplomacy

            Rail freight group meets in Sofia

            By Staff reporter | May 2026 | Source: https://news.example.org/2026/05/rail-freight

            Share  Tweet  Email  Print

            The Kazakh-Bulgarian working group on rail freight held its first meeting in Sofia.

            Related articles
            - Ports of Burgas and Varna handled 2.1 million tonnes of Kazakh cargo (February 12, 2024)
            - A memorandum on logistics was signed in Aktau (November 3, 2023)

            © 2026 News Example. All rights reserved.
            """;

        var (_, row) = await _files.IngestAsync("copied.txt", text);

        row!.Title.ShouldBe("Rail freight group meets in Sofia");
        row.Published.ShouldBe("2026-05");
        row.Url.ShouldBe("https://news.example.org/2026/05/rail-freight");
        Passages().ShouldBe(["Rail freight group meets in Sofia", "The Kazakh-Bulgarian working group on rail freight held its first meeting in Sofia."]);
    }

    [Fact]
    public async Task A_read_also_pointer_inside_the_article_is_not_evidence()
    {
        var page = """
            <html><head><title>Trade</title></head><body><article>
            <h1>Trade talks in Astana</h1>
            <p>Trade between the two countries reached $120 million in 2025, the ministers said in Astana.</p>
            <p>Read also: Exports to Bulgaria reached $90 million in 2023</p>
            <p>Читайте также: Экспорт в Болгарию в 2023 году составил 90 млн долларов</p>
            </article></body></html>
            """;

        await _files.IngestAsync("read-also.html", page);

        _files.Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(120);
    }

    [Fact]
    public async Task An_open_graph_title_loses_the_site_name_it_carries()
    {
        var page = PressPage("14.05.2026").Replace("<title>Ministry of Transport</title>",
            "<title>Ministry of Transport</title><meta property=\"og:site_name\" content=\"Ministry of Transport\">" +
            "<meta property=\"og:title\" content=\"Rail freight group meets in Sofia | Ministry of Transport\">", StringComparison.Ordinal);

        var (_, row) = await _files.IngestAsync("og.html", page);

        row!.Title.ShouldBe("Rail freight group meets in Sofia");
    }

    [Fact]
    public async Task The_article_in_a_json_ld_graph_dates_the_page_not_the_other_stories_listed_before_it()
    {
        var jsonLd = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"WebPage","name":"Ports handled more cargo","datePublished":"2024-02-12"}}]},
              {"@type":"NewsArticle","headline":"Rail freight group meets in Sofia","datePublished":"2026-05-14T10:20:00+03:00"}]}</script>
            """;
        var page = PressPage("").Replace("</head>", jsonLd + "</head>", StringComparison.Ordinal);

        var (_, row) = await _files.IngestAsync("graph.html", page);

        row!.Published.ShouldBe("2026-05-14");
    }

    [Fact]
    public async Task A_page_that_shows_when_it_was_updated_is_dated_by_when_it_was_published()
    {
        var (_, row) = await _files.IngestAsync("updated.html", PressPage("Updated: 16.05.2026, 09:00</div><div class=\"info\">Published: 14.05.2026, 10:20"));

        row!.Published.ShouldBe("2026-05-14");
    }

    [Fact]
    public async Task A_pdf_statement_loses_the_letterhead_and_page_numbers_repeated_on_every_page()
    {
        var pdf = OfficeFiles.PdfPages("Joint statement on rail freight",
            ["MINISTRY OF TRANSPORT - PRESS SERVICE", "", "Sofia, 14 May 2026", "", "The working group on rail freight held its first meeting.", "", "Page 1 of 2"],
            ["MINISTRY OF TRANSPORT - PRESS SERVICE", "", "The group agreed on a timetable for container trains between Aktau and Varna.", "", "Page 2 of 2"]);

        var (_, row) = await _files.IngestAsync("statement.pdf", pdf);

        row!.Published.ShouldBe("2026-05-14");
        var text = string.Join("\n", Passages());
        text.ShouldContain("container trains between Aktau and Varna");
        text.ShouldNotContain("PRESS SERVICE");
        text.ShouldNotContain("Page 2");
    }

    [Fact]
    public async Task A_word_press_release_is_titled_by_its_styled_title_and_loses_its_contact_lines()
    {
        var (_, row) = await _files.IngestAsync("release.docx", OfficeFiles.Docx("Press release", new DateTime(2026, 5, 20), "Rail freight group meets in Sofia",
            "Sofia, 14 May 2026", "The working group on rail freight held its first meeting.", "Press service. Tel.: +359 2 111 22 33"));

        row!.Title.ShouldBe("Rail freight group meets in Sofia");
        row.Published.ShouldBe("2026-05-14");
        Passages().ShouldNotContain(p => p.Contains("+359"));
    }

    public void Dispose() => _files.Dispose();
}
