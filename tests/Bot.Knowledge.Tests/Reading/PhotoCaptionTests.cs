using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A news photo's caption says who is in the photo and what happened there: the caption of the article's own photo is
/// a passage of the article, whatever markup the site gives it; the captions of other stories' photos are not.
/// </summary>
public sealed class PhotoCaptionTests : IDisposable
{
    readonly FileIngestion _files = new();

    const string Lead = "<p>A Kazakh–Bulgarian business forum was held in Sofia on Tuesday, bringing together exporters of grain, machinery and medicines from the two countries.</p>"
        + "<p>The organisers said contracts would be signed in the coming weeks, and a second forum is planned in Almaty next year.</p>";

    [Theory]
    [InlineData("<figure><img src=\"/f.jpg\" alt=\"\"><figcaption>Some 45 companies from both countries took part in the forum at Sofia Tech Park.</figcaption></figure>")]
    [InlineData("<div class=\"wp-caption\"><img src=\"/f.jpg\"><p class=\"wp-caption-text\">Some 45 companies from both countries took part in the forum at Sofia Tech Park.</p></div>")]
    [InlineData("<div class=\"article-image\"><img src=\"/f.jpg\"><div class=\"photo-caption\">Some 45 companies from both countries took part in the forum at Sofia Tech Park.</div></div>")]
    [InlineData("<div class=\"article__photo\"><img src=\"/f.jpg\"><span class=\"article__photo-desc\">Some 45 companies from both countries took part in the forum at Sofia Tech Park.</span></div>")]
    public async Task The_caption_of_the_articles_photo_is_a_passage_of_the_article(string photo)
    {
        var (result, _) = await _files.IngestAsync("forum.html", $"""
            <html lang="en"><head><title>Business forum in Sofia</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
            <article><h1>Kazakh–Bulgarian business forum held in Sofia</h1><time datetime="2025-05-14">14 May 2025</time>
            {photo}{Lead}</article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Passages().ShouldContain(p => p.Contains("Some 45 companies from both countries took part in the forum"));
    }

    [Fact]
    public async Task The_captions_of_the_articles_own_gallery_are_passages_and_a_sidebars_are_not()
    {
        var (result, _) = await _files.IngestAsync("gallery.html", $"""
            <html lang="kk"><head><title>Павлодарда болгар мәдениеті күндері өтті</title></head><body>
            <main><article><h1>Павлодарда болгар мәдениеті күндері өтті</h1><time datetime="2025-09-26">26.09.2025</time>
            <p>Павлодар облыстық филармониясында Болгария мәдениеті күндері аясында концерт өтті, оған облыс әкімдігінің өкілдері мен болгар диаспорасы қатысты.</p>
            <p>Іс-шараны «Здравец» болгар мәдени орталығы мен Болгария елшілігі бірлесіп ұйымдастырды, келесі кездесу Алматыда жоспарланған.</p>
            <section class="gallery"><h2>Фотогалерея</h2>
            <figure><img src="/g1.jpg" alt=""><figcaption>Елші облыстық кітапханаға болгар әдебиетінің сексен бес томын сыйға тартты.</figcaption></figure>
            <figure><img src="/g2.jpg" alt=""><figcaption>Концертке үш жүзден астам көрермен келді.</figcaption></figure>
            </section></article>
            <aside class="sidebar"><h3>Соңғы жаңалықтар</h3><ul>
            <li><a href="/n/1"><figure><img src="/s.jpg"><figcaption>Ташкентте өзбек-болгар форумына 70 компания қатысты.</figcaption></figure></a></li>
            <li><a href="/n/2">Алматыда кітап көрмесі ашылды</a></li><li><a href="/n/3">Шымкентте фестиваль өтті</a></li></ul></aside>
            </main></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = _files.Passages();
        passages.ShouldContain(p => p.Contains("сексен бес томын сыйға тартты"));
        passages.ShouldContain(p => p.Contains("үш жүзден астам көрермен"));
        passages.ShouldNotContain(p => p.Contains("өзбек-болгар форумына"));
    }

    [Fact]
    public async Task Captions_of_photos_in_the_related_news_block_stay_out()
    {
        var (result, _) = await _files.IngestAsync("forum-related.html", $"""
            <html lang="ru"><head><title>Бизнес-форум в Софии</title></head><body>
            <article><h1>В Софии прошел казахстанско-болгарский бизнес-форум</h1><time datetime="2025-05-14">14 мая 2025</time>
            <figure><img src="/f.jpg"><figcaption>В форуме приняли участие около 45 компаний двух стран.</figcaption></figure>
            <p>Казахстанско-болгарский бизнес-форум прошел во вторник в Софии, на нем встретились экспортеры зерна, техники и лекарств двух стран.</p>
            <p>Организаторы сообщили, что контракты будут подписаны в ближайшие недели.</p></article>
            <section class="related"><h3>Читайте также</h3>
            <div class="card"><figure><img src="/x.jpg"><figcaption>Около 90 компаний посетили ярмарку в Варне.</figcaption></figure><h4><a href="/n/1">Открылась ярмарка в Варне</a></h4></div>
            </section>
            <div><div class="card"><figure><img src="/y.jpg"><figcaption>Делегации на переговорах в Астане в 2019 году.</figcaption></figure><h4><a href="/n/2">Итоги визита 2019 года</a></h4></div></div>
            </body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = _files.Passages();
        passages.ShouldContain(p => p.Contains("около 45 компаний"));
        passages.ShouldNotContain(p => p.Contains("90 компаний"));
        passages.ShouldNotContain(p => p.Contains("Делегации на переговорах"));
    }

    [Fact]
    public async Task A_photo_credit_alone_is_not_a_passage()
    {
        var (result, _) = await _files.IngestAsync("credit.html", $"""
            <html lang="bg"><head><title>Бизнес форум в София</title></head><body>
            <article><h1>Казахстанско-български бизнес форум в София</h1><time datetime="2025-05-14">14 май 2025</time>
            <figure><img src="/f.jpg"><figcaption>Снимка: БТА</figcaption></figure>
            <p>Казахстанско-български бизнес форум се проведе във вторник в София с участието на износители на зърно и машини.</p>
            <p>Организаторите съобщиха, че договорите ще бъдат подписани през следващите седмици.</p></article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Passages().ShouldNotContain(p => p.Contains("БТА"));
    }

    public void Dispose() => _files.Dispose();
}
