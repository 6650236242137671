using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Digest pages as agencies publish them ("Kazakhstan in brief", "Главное за день", "Новини от деня", "Күн жаңалықтары"):
/// several short stories under headings or separators, the Kazakhstan–Bulgaria one among stories about other
/// countries. A figure or agreement of the Greece or Turkey story never becomes a Kazakhstan–Bulgaria fact; the
/// Kazakhstan–Bulgaria story is stored with the page's date; an article whose sections are all its own loses nothing.
/// </summary>
public sealed class DigestPageTests : IDisposable
{
    readonly FileIngestion _files = new();

    /// <summary>A Trend-like digest: h2 per story, the page's date under its headline.</summary>
    const string EnglishDigest = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <meta property="article:published_time" content="2025-06-12T18:20:00+04:00"><title>Central Asia business digest</title></head>
        <body><header><nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/politics">Politics</a></nav></header>
        <main><article>
          <h1>Central Asia business digest</h1>
          <div class="date">12 June 2025 18:20</div>
          <p>Trend presents the main business news of the day from the region and beyond.</p>
          <h2>Kazakhstan, Greece sign memorandum on maritime transport</h2>
          <p>Kazakhstan and Greece signed a memorandum of understanding on maritime transport in Athens on June 11.</p>
          <p>Trade between Kazakhstan and Greece reached $412 million in 2024, the ministry said.</p>
          <h2>Kazakhstan, Bulgaria discuss rail freight via Varna</h2>
          <p>Kazakhstan and Bulgaria discussed container trains from Aktau to the port of Varna at a meeting in Sofia.</p>
          <p>Trade between Kazakhstan and Bulgaria amounted to $375 million in 2024.</p>
          <h2>Turkish investment in Uzbekistan climbs</h2>
          <p>Turkish companies invested $1.2 billion in Uzbekistan in 2024, up 30 percent year on year.</p>
        </article></main></body></html>
        """;

    /// <summary>A Kazinform-like digest saved as Markdown: "##" per story.</summary>
    const string RussianDigest = """
        ---
        title: "Главное за день: 12 июня 2025"
        date: 2025-06-12
        lang: ru
        ---

        Самые важные новости дня в кратком изложении.

        ## Казахстан и Турция подписали соглашение о торговле

        Казахстан и Турция подписали соглашение о свободной торговле услугами в Анкаре. Товарооборот между странами в 2024 году составил 6,4 млрд долларов.

        ## Казахстан и Болгария обсудили транзит через Бургас

        Казахстан и Болгария обсудили транзит нефти через порт Бургас на встрече в Астане. Товарооборот между Казахстаном и Болгарией в 2024 году составил 375 млн долларов.

        ## Греция открыла визовый центр

        Греция открыла визовый центр в Алматы, сообщили в посольстве.
        """;

    /// <summary>A BTA-like digest as plain text: stories between "* * *" lines.</summary>
    const string BulgarianDigest = """
        Новини от деня – 12 юни 2025 г.

        София, 12 юни 2025 (БТА) Представяме накратко основните новини за сътрудничеството в региона.

        * * *

        България и Гърция подписаха споразумение за железопътен транспорт в Солун. Стокообменът между България и Гърция е достигнал 5,1 млрд. евро през 2024 г.

        * * *

        България и Казахстан обсъдиха доставките на уран за АЕЦ „Козлодуй“ на среща в София. Стокообменът между България и Казахстан е възлизал на 375 млн. долара през 2024 г.

        * * *

        Сърбия и Унгария подписаха меморандум за енергетика в Белград.
        """;

    /// <summary>An Egemen-like digest: each story under a paragraph all in bold.</summary>
    const string KazakhDigest = """
        <html lang="kk"><head><meta property="article:published_time" content="2025-06-12T10:00:00+05:00"><title>Күн жаңалықтары</title></head><body>
        <div class="article-body">
          <h1>Күн жаңалықтары</h1>
          <p>Бүгінгі күннің негізгі жаңалықтарына шолу.</p>
          <p><strong>Қазақстан мен Түркия сауда туралы келісімге қол қойды</strong></p>
          <p>Қазақстан мен Түркия Анкарада қызмет көрсету саудасы туралы келісімге қол қойды. Екі ел арасындағы тауар айналымы 2024 жылы 6,4 млрд долларды құрады.</p>
          <p><strong>Қазақстан мен Болгария Бургас арқылы транзитті талқылады</strong></p>
          <p>Қазақстан мен Болгария Астанада өткен кездесуде Бургас порты арқылы мұнай транзитін талқылады. Қазақстан мен Болгария арасындағы тауар айналымы 2024 жылы 375 млн долларды құрады.</p>
          <p><strong>Грекия Алматыда визалық орталық ашты</strong></p>
          <p>Грекия Алматыда визалық орталық ашты, деп хабарлады елшілік.</p>
        </div></body></html>
        """;

    public static TheoryData<string, string, string, string> Digests => new()
    {
        { "digest.html", EnglishDigest, "Varna", "Greece" },
        { "digest.md", RussianDigest, "Бургас", "Турция" },
        { "digest.txt", BulgarianDigest, "Козлодуй", "Гърция" },
        { "digest-kk.html", KazakhDigest, "Бургас", "Түркия" },
    };

    [Theory]
    [MemberData(nameof(Digests))]
    public async Task A_digests_stories_about_other_countries_never_become_passages_or_facts(string name, string content, string kept, string gone)
    {
        var (result, row) = await _files.IngestAsync(name, content);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2025-06-12");
        var text = string.Join("\n", _files.Passages());
        text.ShouldContain(kept);
        text.ShouldNotContain(gone);
        result.Warnings.ShouldContain(w => w.Contains(gone, StringComparison.Ordinal));
        _files.Store.Figures.All().ShouldNotContain(f => f.Value > 1000);
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 412 || f.Value == 6.4 || f.Value == 5.1);
        _files.Store.Agreements.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_kazakh_bulgarian_story_of_a_digest_keeps_its_trade_figure()
    {
        await _files.IngestAsync("digest.html", EnglishDigest);

        _files.Store.Figures.All().ShouldContain(f => f.Value == 375);
    }

    [Fact]
    public async Task An_article_whose_sections_are_all_its_own_is_stored_whole()
    {
        const string article = """
            ---
            title: "Kazakhstan and Bulgaria review their cooperation"
            date: 2025-06-12
            ---

            Kazakhstan and Bulgaria reviewed their cooperation at the intergovernmental commission in Sofia.

            ## Trade

            Turnover reached $375 million in 2024, the co-chairs said.

            ## Transport

            The sides discussed container trains between Aktau and Varna.

            ## Energy

            Kazakh uranium for the Kozloduy plant was discussed too.
            """;

        var (result, _) = await _files.IngestAsync("review.md", article);

        result.Warnings.ShouldNotContain(w => w.Contains("left out", StringComparison.Ordinal));
        var text = string.Join("\n", _files.Passages());
        text.ShouldContain("$375 million");
        text.ShouldContain("Aktau and Varna");
        text.ShouldContain("Kozloduy");
    }

    /// <summary>A visit programme: one table a day, each under the day's heading, the last day's departure for the next country.</summary>
    const string BulgarianProgramme = """
        <html lang="bg"><head><meta property="article:published_time" content="2025-10-02T09:00:00+03:00"><title>Програма на посещението</title></head><body>
        <main><article>
          <h1>Програма на официалното посещение на президента на Казахстан в България</h1>
          <p>Президентът на Република Казахстан ще бъде на официално посещение в България от 6 до 8 октомври.</p>
          <h3>6 октомври (понеделник)</h3>
          <table><tr><th>Час</th><th>Събитие</th><th>Място</th></tr>
            <tr><td>18:30</td><td>Пристигане на летище София, посрещане от министъра на външните работи</td><td>Летище София</td></tr></table>
          <h3>7 октомври (вторник)</h3>
          <table><tr><th>Час</th><th>Събитие</th><th>Място</th></tr>
            <tr><td>10:00</td><td>Разговори в разширен състав</td><td>Президентството</td></tr>
            <tr><td>13:00</td><td>Бизнес форум България – Казахстан</td><td>Хотел „Маринела“</td></tr></table>
          <h3>8 октомври (сряда)</h3>
          <table><tr><th>Час</th><th>Събитие</th><th>Място</th></tr>
            <tr><td>09:30</td><td>Отпътуване за Букурещ (посещение в Румъния)</td><td>Летище София</td></tr></table>
        </article></main></body></html>
        """;

    [Fact]
    public async Task A_programmes_last_day_naming_the_next_country_is_kept_as_a_day_of_the_visit()
    {
        var (result, _) = await _files.IngestAsync("programa.html", BulgarianProgramme);

        result.Warnings.ShouldNotContain(w => w.Contains("left out", StringComparison.Ordinal));
        _files.Passages().ShouldContain(p => p.Contains("8 октомври", StringComparison.Ordinal) && p.Contains("Отпътуване за Букурещ", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
