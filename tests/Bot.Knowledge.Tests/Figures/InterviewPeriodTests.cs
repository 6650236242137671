using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// An interview: the interviewer's question (bold, or a paragraph of its own) stands between two answers. The answer after
/// it goes on about the period the answer before it was about ("Last year … $303.6 million." — "What explains it?" —
/// "Crude oil deliveries … were worth $242.2 million"), as the next paragraph of running text would.
/// </summary>
public sealed class InterviewPeriodTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Fact]
    public async Task An_answer_after_a_bold_question_keeps_the_year_of_the_answer_before()
    {
        await _files.IngestAsync("interview.html", """
            <html lang="en"><head><title>Interview with the ambassador</title></head>
            <body><article><h1>Interview with the ambassador</h1>
            <time datetime="2025-07-14">14 July 2025</time>
            <p class="q"><strong>Let us talk about numbers.</strong></p>
            <p>Last year was a record one. Our exports to Bulgaria went up eleven-fold to $303.6 million.</p>
            <p class="q"><strong>What explains such a jump?</strong></p>
            <p>Oil, above all. Kazakh crude oil deliveries to Bulgaria increased 48 times and were worth $242.2 million.</p>
            </article></body></html>
            """);

        _files.SingleFigure("oil_exports_kz_to_bg", 2024).Value.ShouldBe(242.2);
    }

    [Fact]
    public async Task An_answer_after_a_plain_question_paragraph_keeps_the_year_of_the_answer_before()
    {
        await _files.IngestAsync("intervyu.md", MarkdownDoc.With("Интервью", "2025-07-14", "ru",
            "В прошлом году экспорт Казахстана в Болгарию вырос до 303,6 млн долларов.\n\nЧем объясняется такой рост?\n\nПрежде всего нефтью. Поставки казахстанской сырой нефти в Болгарию составили 242,2 млн долларов."));

        _files.SingleFigure("oil_exports_kz_to_bg", 2024).Value.ShouldBe(242.2);
    }

    [Fact]
    public async Task A_heading_that_is_no_question_still_starts_afresh()
    {
        await _files.IngestAsync("report.html", """
            <html lang="en"><head><title>Report</title></head>
            <body><article><h1>Report</h1>
            <time datetime="2025-07-14">14 July 2025</time>
            <p>Last year our exports to Bulgaria went up eleven-fold to $303.6 million.</p>
            <h2>Energy</h2>
            <p>Kazakh crude oil deliveries to Bulgaria were worth $242.2 million.</p>
            </article></body></html>
            """);

        _files.Store.Figures.All().ShouldNotContain(f => f.Metric == "oil_exports_kz_to_bg" && f.Period == Period.Year(2024));
    }

    public void Dispose() => _files.Dispose();
}
