using Bot.Knowledge.Extraction;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A sentence is folded, split and tokenized once for all the matchers that read it (the last texts read are kept per
/// thread): what a sentence states must not depend on what was read before it, nor on whether all or part of it is read.
/// </summary>
public sealed class SharedReadingTests
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;
    static readonly PartialDate Published = new(2025, 3, 12);

    static readonly string[] Sentences =
    [
        "In 2024 Kazakh exports to Bulgaria rose 3.9 times to $303.6 million, while imports from Bulgaria reached $95.2 million.",
        "В 2024 году товарооборот между Казахстаном и Болгарией составил 426,7 млн долларов, что на 12% больше, чем годом ранее.",
        "През 2023 г. търговският оборот между двете страни възлиза на 398 млн. долара.",
        "2024 жылы Қазақстанның Болгарияға экспорты 303,6 млн долларды құрады.",
        "Five Bulgarian cultural centres and nearly 60 companies took part in the forum.",
    ];

    [Fact]
    public void A_sentence_states_the_same_figures_whatever_was_read_before_it()
    {
        // Each sentence alone, on a fresh copy of its text (a string instance never read before).
        var alone = Sentences.Select(s => Figures(Copy(s))).ToList();

        // Then all of them in turn, twice over and in reverse: each reading follows another sentence, or itself.
        foreach (var order in new[] { Enumerable.Range(0, Sentences.Length), Enumerable.Range(0, Sentences.Length).Reverse() })
            foreach (var i in order)
            {
                Figures(Sentences[i]).ShouldBe(alone[i]);
                Figures(Sentences[i]).ShouldBe(alone[i]);
            }
        alone.Count(f => f.Count > 0).ShouldBe(Sentences.Length, "every sentence states a figure");
    }

    [Fact]
    public void Part_of_a_sentence_read_after_the_whole_names_the_same_countries_as_that_part_alone()
    {
        var text = Sentences[0];
        var cut = text.IndexOf("imports", StringComparison.Ordinal);

        Catalog.FindInText(text).ShouldNotBeEmpty();
        var afterWhole = Catalog.Countries.Find(text, 0, cut + 4);
        var alone = Catalog.Countries.Find(Copy(text), 0, cut + 4);

        afterWhole.ShouldBe(alone);
        afterWhole.Select(m => m.Country).ShouldContain("BG");
    }

    [Fact]
    public void A_cue_at_the_end_of_a_very_long_text_is_found()
    {
        var text = string.Concat(Enumerable.Repeat("The delegations discussed culture and education. ", 800)) + "Bilateral trade turnover grew.";

        var found = Catalog.FindInText(text);

        found.ShouldNotBeEmpty();
        found[^1].Index.ShouldBeGreaterThan(text.Length - 30);
        found.ShouldBe(Catalog.FindInText(Copy(text)));
    }

    static List<string> Figures(string sentence) =>
        [.. FigureExtractor.Extract(sentence, Published).Select(f => $"{f.Metric} {f.Period} {f.Value} {f.Scale} {f.Unit} {f.Qualifier} {f.GrowthFactor} {f.GrowthPercent} {f.ComparedTo}")];

    static string Copy(string text) => new(text.AsSpan());
}
