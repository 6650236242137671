using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>A site's cookie or consent notice is on every page it serves and is never the article's text, whatever its markup.</summary>
public sealed class SiteNoticeTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("en", "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Learn more")]
    [InlineData("ru", "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.")]
    [InlineData("bg", "Този сайт използва бисквитки, за да работи по-добре. Научете повече.")]
    [InlineData("kk", "Біз cookie файлдарын пайдаланамыз, сайт жақсы жұмыс істеуі үшін.")]
    public async Task A_cookie_notice_copied_with_a_page_is_not_a_passage(string lang, string notice)
    {
        var (result, _) = await _files.IngestAsync($"notice-{lang}.txt", $"""
            Kazakhstan and Bulgaria expand rail freight

            14 May 2025

            Kazakhstan and Bulgaria agreed to expand rail freight through the Black Sea ports, the transport ministry said on Tuesday.

            {notice}

            The first container train is expected in Burgas in the autumn, carrying grain and ferroalloys.
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = _files.Passages();
        passages.ShouldContain(p => p.Contains("first container train"));
        passages.ShouldNotContain(p => p.Contains("cookie") || p.Contains("бисквитки"));
    }

    public void Dispose() => _files.Dispose();
}
