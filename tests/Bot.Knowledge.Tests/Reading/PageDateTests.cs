using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A page as people keep it: dated only by its address, or showing "3 days ago" beside its headline in a copy whose
/// saving tool wrote down when it was made.
/// </summary>
public sealed class PageDateTests : IDisposable
{
    const string Story = """
        <article>
          <h1>Almaty and Varna open a direct freight line</h1>
          <p>The first container train from Almaty reached the port of Varna after crossing the Caspian and the Black Sea.</p>
          <p>The operators plan two departures a month from the autumn.</p>
        </article>
        """;

    readonly FileIngestion _files = new();

    static string Page(string head, string body = Story, string beforeHead = "") =>
        $"<!DOCTYPE html><html lang=\"en\">{beforeHead}<head><meta charset=\"utf-8\"><title>Freight line</title>{head}</head><body>{body}</body></html>";

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/2023/11/04/freight-line/\">", "2023-11-04")]
    [InlineData("<meta property=\"og:url\" content=\"https://news.example.org/economy/20231104/freight-line\">", "2023-11-04")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/economy/2023-11-04-freight-line.html\">", "2023-11-04")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/story?id=88&amp;date=2023-11-04\">", "2023-11-04")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/2023/11/freight-line/\">", "2023-11")]
    public async Task A_page_dated_only_in_its_own_address_gets_that_date(string head, string published)
    {
        var (result, row) = await _files.IngestAsync("page.html", Page(head));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe(published);
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/article/20231104999/\">")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.org/2023/15/40/freight-line/\">")]
    public async Task Digits_in_an_address_that_are_no_calendar_date_leave_the_page_undated(string head)
    {
        var (_, row) = await _files.IngestAsync("page.html", Page(head));

        row!.Published.ShouldBeNull();
    }

    [Fact]
    public async Task A_date_the_page_states_outranks_the_one_in_its_address()
    {
        var (_, row) = await _files.IngestAsync("page.html",
            Page("<link rel=\"canonical\" href=\"https://news.example.org/2023/11/04/freight-line/\"><meta property=\"article:published_time\" content=\"2023-11-05\">"));

        row!.Published.ShouldBe("2023-11-05");
    }

    const string Mirrored = "<!-- Mirrored from news.example.org/economy/freight-line/ by HTTrack Website Copier/3.x [XR&CO'2014], Fri, 10 Nov 2023 09:30:00 GMT -->";

    [Theory]
    [InlineData("Posted 3 days ago · Views: 512", "2023-11-07")]
    [InlineData("Опубликовано: 3 дня назад", "2023-11-07")]
    [InlineData("Публикувано: преди 3 дни | Прочетено 512 пъти", "2023-11-07")]
    [InlineData("Жарияланған күні: 3 күн бұрын", "2023-11-07")]
    [InlineData("yesterday, 18:05", "2023-11-09")]
    [InlineData("2 hours ago", "2023-11-10")]
    public async Task A_page_shown_as_some_days_old_counts_back_from_the_day_its_copy_was_saved(string shown, string published)
    {
        var body = Story.Replace("</h1>", $"</h1>\n<div class=\"meta\">{shown}</div>", StringComparison.Ordinal);

        var (_, row) = await _files.IngestAsync("page.html", Page("", body, Mirrored));

        row!.Published.ShouldBe(published);
    }

    [Theory]
    [InlineData("<meta name=\"fetch-date\" content=\"2023-11-10T09:30:00Z\">", "")]
    [InlineData("", "<!--\n Page saved with SingleFile\n url: https://news.example.org/2019/01/01/other\n saved date: Fri Nov 10 2023 10:30:00 GMT+0100 (Central European Standard Time)\n-->")]
    public async Task A_crawlers_meta_tag_or_a_saving_tools_comment_is_the_day_counted_back_from(string head, string comment)
    {
        var body = Story.Replace("</h1>", "</h1>\n<div class=\"meta\">Posted 3 days ago</div>", StringComparison.Ordinal);

        var (_, row) = await _files.IngestAsync("page.html", Page(head, body, comment));

        row!.Published.ShouldBe("2023-11-07");
    }

    [Fact]
    public async Task The_day_a_copy_was_saved_is_not_taken_for_the_day_the_page_appeared()
    {
        var (_, row) = await _files.IngestAsync("page.html", Page("", Story, Mirrored));

        row!.Published.ShouldBeNull();
    }

    [Theory]
    [InlineData("en", "4 November 2023 · Updating live")]
    [InlineData("ru", "4 ноября 2023 · Обновляется")]
    [InlineData("bg", "4 ноември 2023 · Обновява се")]
    [InlineData("kk", "2023 жылғы 4 қараша · Жаңарып отырады")]
    public async Task A_live_blog_is_dated_by_the_day_shown_beside_its_updating_status(string lang, string line)
    {
        var (result, row) = await _files.IngestAsync($"live-{lang}.html", Page("", $"""
            <main><h1>Almaty and Varna open a direct freight line</h1>
            <p class="live-status">{line}</p>
            <div class="entry"><p><b>18:40 —</b> The first container train from Almaty reached the port of Varna after crossing the Caspian and the Black Sea.</p></div>
            <div class="entry"><p><b>16:05 —</b> The operators plan two departures a month from the autumn, the ministers said at the ceremony.</p></div>
            </main>
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2023-11-04");
        _files.Passages().ShouldNotContain(p => p.Contains(line, StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
