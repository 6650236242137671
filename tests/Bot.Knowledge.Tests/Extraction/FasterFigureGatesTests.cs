using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// What makes figure reading cheaper finds what it found before: month and number words in an order the expression
/// optimiser can fold, the times-word test searched from the words' ends, the labelled-value test from the colon's number.
/// </summary>
public sealed class FasterFigureGatesTests
{
    const string Document = """
        Товарооборот между Казахстаном и Болгарией за январь–ноябрь 2024 года вырос в 3,5 раза, до 375,2 млн долларов.
        In January-November 2024 exports grew elevenfold; in Jan. 2023 they stood at $28 million, on 5 June 1992 at none.
        Стокообменът през януари – ноември 2024 г. се е увеличил три пъти; развитието на отношенията продължава през май.
        2024 жылдың қаңтар–қараша айларында тауар айналымы 3 есеге өсті; мамыр айында он бір ай бойы сауда өсті.
        Qañtar–qaraşa aılarynda taýar aınalymy ekı ese östı, 15 мая 2024 года и в мае 2023 года разговоры продолжились.
        Exports (US$ million): 120.5; Time: 18:40; Износ, млн долара: 80
        """;

    [Fact]
    public void Month_and_number_words_in_folding_order_match_what_the_length_order_matched()
    {
        foreach (var words in new[] { CalendarWords.MonthPattern, CalendarWords.NumberWordPattern })
        {
            var ordered = CuePattern.PrefixOrdered(words);
            ordered.ShouldNotBe(words);
            ordered.Split('|').Order(StringComparer.Ordinal).ShouldBe(words.Split('|').Order(StringComparer.Ordinal));
            foreach (var shape in new[] { @"(?<![\p{L}\p{N}.,])(?<m>§)(?![\p{L}])(?:\s*(?<y>\d{4}))?", @"(?<![\p{L}])(?<m1>§)\s*[-–—]\s*(?<m2>§)", @"(?<f>§)(?:\s*|-)(?:times|fold|раза|пъти|есе)" })
            {
                var before = new Regex(shape.Replace("§", words, StringComparison.Ordinal), CuePattern.Options);
                var after = new Regex(shape.Replace("§", ordered, StringComparison.Ordinal), CuePattern.Options);
                Matches(after).ShouldBe(Matches(before));
            }
        }

        static List<string> Matches(Regex regex) =>
            [.. regex.Matches(Document).Select(m => $"{m.Index}:{m.Length}:{string.Join(',', m.Groups.Values.Select(g => g.Success ? g.Value : "-"))}")];
    }

    [Fact]
    public void A_cue_list_with_pattern_syntax_keeps_its_order() =>
        CuePattern.PrefixOrdered(@"crude oil|oil\p{L}*|gas").ShouldBe(@"crude oil|oil\p{L}*|gas");

    [Theory]
    [InlineData("Товарооборот вырос в 3,5 раза, до 375,2 млн долларов.", true)]
    [InlineData("Exports grew ELEVENFOLD in 2024.", true)]
    [InlineData("Стокообменът се е увеличил три ПЪТИ.", true)]
    [InlineData("Тауар айналымы 3 есеге өсті.", true)]
    [InlineData("Развитие отношений и разговоры о транзите продолжились.", false)]
    [InlineData("Развитието на отношенията продължава, разговорите също.", false)]
    [InlineData("The sixty times tables were folded.", true)]
    [InlineData("Foldable timestamps", false)]
    public void A_times_word_counts_only_where_it_ends_a_word(string sentence, bool states)
    {
        FigureWords.Default.MayStateTimes(sentence).ShouldBe(states);
        var search = new WordEndSearch(FigureWords.Default.TimesWords);
        search.EndsAWord(sentence).ShouldBe(states);
    }

    [Fact]
    public void A_labelled_value_after_its_colon_is_still_read_and_a_clock_time_is_no_amount()
    {
        var amounts = MoneyFinder.Find("Exports (US$ million): 120.5; Time: 18:40; Износ, млн долара: 80");
        amounts.Select(a => a.Value).ShouldBe([120.5, 80]);
        MoneyFinder.Find("Итоги: рост продолжился, а 18 компаний вошли в рейтинг.").ShouldBeEmpty();
    }
}
