using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A live blog's entries are its article, though sites mark them with a class word that marks furniture elsewhere
/// ("live-entry", "tn-live"): every entry's facts are passages, the site's frame around them is not.
/// </summary>
public sealed class LiveBlogTests
{
    const string Live = """
        <html lang="kk"><head><meta property="og:title" content="Радевтің Астанаға сапары: тікелей эфир">
        <meta property="article:published_time" content="2025-06-09T09:50:00+05:00"></head><body>
        <header class="site-header"><nav><a href="/">Басты бет</a> <a href="/news">Жаңалықтар</a> <a href="/live">LIVE</a></nav></header>
        <section class="site-live">
        <h1>Радевтің Астанаға сапары: тікелей эфир</h1>
        <div class="live-meta"><time datetime="2025-06-09T09:50:00+05:00">9 маусым 2025, 09:50</time> · Жаңартылып отырады</div>
        <div class="live-entry"><span class="time">14:10</span><p>Тоқаевтың айтуынша, Қазақстанда болгар капиталы қатысатын 60-тан астам компания жұмыс істейді.</p></div>
        <div class="live-entry"><span class="time">12:50</span><p>Екі президенттің қатысуымен бес меморандумға қол қойылды, оның ішінде Транскаспий бағыты туралы құжат бар.</p></div>
        <div class="live-entry"><span class="time">12:20</span><p>Анықтама: 2024 жылы Транскаспий бағыты бойынша 4,5 млн тонна жүк тасымалданды.</p></div>
        <div class="live-entry"><span class="time">10:05</span><p>Румен Радевтің кортежі Ақордаға келді, ресми қарсы алу рәсімі резиденция алдындағы алаңда өтті.</p></div>
        </section>
        <aside class="side"><h3>Көп оқылғандар</h3><ul><li><a href="#">Теңге бағамы</a></li><li><a href="#">Ауа райы</a></li><li><a href="#">Спорт</a></li></ul></aside>
        <footer>© 2025 Сайт. Барлық құқықтар қорғалған.</footer>
        </body></html>
        """;

    [Fact]
    public void Every_entry_of_a_live_blog_is_read_and_the_sites_frame_is_not()
    {
        var text = string.Join("\n", HtmlReader.Read("file:/live.html", null, Live).Paragraphs);

        text.ShouldContain("60-тан астам компания");
        text.ShouldContain("бес меморандумға");
        text.ShouldContain("4,5 млн тонна");
        text.ShouldContain("кортежі Ақордаға");
        text.ShouldNotContain("Теңге бағамы");
        text.ShouldNotContain("Барлық құқықтар");
    }
}
