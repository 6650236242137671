using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A target, plan or forecast is no figure of what a series came to: only the actual amounts of a sentence are stored,
/// in every language and whether the outlook word stands before the amount or after it.
/// </summary>
public sealed class OutlookFigureExtractionTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("en", "Trade between Kazakhstan and Bulgaria reached $420.5 million in 2023, and the two sides aim to bring it to $1 billion by 2030.")]
    [InlineData("en", "Trade between Kazakhstan and Bulgaria reached $420.5 million in 2023; it will reach $1 billion by 2030, the minister said.")]
    [InlineData("ru", "В 2023 году товарооборот Казахстана и Болгарии составил 420,5 млн долларов, а к 2030 году стороны планируют довести его до 1 млрд долларов.")]
    [InlineData("bg", "През 2023 г. стокообменът между България и Казахстан е 420,5 млн. долара, а до 2030 г. се очаква да достигне 1 млрд. долара.")]
    [InlineData("kk", "2023 жылы Қазақстан мен Болгария арасындағы тауар айналымы 420,5 млн доллар болды, ал 2030 жылға қарай оны 1 млрд долларға жеткізу көзделуде.")]
    public async Task Only_the_actual_figure_of_a_sentence_with_a_target_is_stored(string lang, string body)
    {
        await _files.IngestAsync($"outlook-{lang}.md", MarkdownDoc.With("Trade", "2024-05-10", lang, body));

        var figures = _files.Store.Figures.All();
        figures.ShouldContain(f => f.Metric == "turnover" && f.Period == Period.Year(2023) && f.Value == 420.5);
        figures.ShouldNotContain(f => f.AbsoluteValue == 1e9, string.Join("; ", figures.Select(f => $"{f.Metric} {f.Period} {f.Value}")));
    }

    public void Dispose() => _files.Dispose();
}
