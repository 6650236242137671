using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Metrics;
using Bot.TestKit;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// The money scanner against the expressions it replaced (kept on <see cref="FigureWords"/> and NumberReader for this test
/// only): the same
/// matches, where they start and end, and the same number, scale and currency in each (so the same value, scale and
/// currency for every amount a sentence states; the same numbers in digits and scale words after them), over hostile cases, random texts built of the vocabulary's pieces, the
/// devcorpus, and any folders named in MONEY_ORACLE_DIRS (the bench corpus and the practice sets, split by ':').
/// </summary>
public sealed class MoneyScannerOracleTests(ITestOutputHelper output)
{
    static readonly FigureWords W = FigureWords.Default;

    public static TheoryData<string> Hostile => new()
    {
        "Товарооборот составил 1 200,5 хил. лв. за година", "Износът достигна 117 млн. долара", "$1,2 bn in 2023", "USD 27.4 mn",
        "27,4 млн щатски долара", "500 млн теңге", "500 млн теңгеге", "5 млрд. тенге.", "около 300 млн. лв.", "3,5 млн.лв.",
        "95,2 млн.", "95,2 млн. Это", "when it stood at 95.2 mln, a year earlier", "$5m-$7m", "US$ 1.234,5 million", "€40m.",
        "₸ 12 000 000", "KZT12bn", "12 bn", "83 млн. долл. США", "83 млн долл.США", "1.234.567,89 долларов", "1,234,567.89 USD",
        "1 2345 долл", "10\u00A0228 млн долларов", "10\u202F228,5 тыс. тенге", "3'500 евро", "3’500 евро", "2020-2023 гг. 5 млрд долл",
        "5-10 млн долларов", "от 5 до 10 млн. долара", "триста семьдесят пять миллионов долларов", "sixty-three point nine million dollars",
        "$$5", "US$US$5", "USD\u00A05 bn", "usd 5 Bn.", "5 МЛН ДОЛЛАРОВ США", "5 млн ДолларовСША", "5 Ёвро", "5 millionsdollars",
        "a5 млн долл", "5,5,5 млн долл", ".5 млн долл", "5. млн долл", "5 млн. долл.США.", "1,2 млрд лв", "1,2 млрд лв.; 3 млн.",
        "Exports (US$ million): 120.5", "Износ, млн долара: 80", "5 млн\n", "5 млн \n", "5 млн —", "5 млн)", "1 000 000 000 тенге",
        "12,345 млн", "0,5 млн.", "٣ млн долл", "5 млн щ. д.", "5 млн щ.д.", "5 u.s. dollars", "5 U.S.  dollars", "5 ақш долларына",
        "5 AQSh dollary", "10 myń teńge", "1 234 567 долларов",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_case_reads_as_the_expressions_read_it(string text) => Same(text).ShouldBeNull();

    [Fact]
    public void Random_texts_of_the_vocabulary_s_pieces_read_as_the_expressions_read_them()
    {
        var random = new Random(32);
        string[] Variants(string w) => [w, w.ToUpperInvariant(), w.TrimEnd('*') + "ами", w.TrimEnd('*') + ".", w.Replace('е', 'ё')];
        var words = W.Money.Words.SelectMany(Variants).ToArray();
        string[] numbers = ["0", "1", "12", "123", "1234", "5,5", "5.5", "1 234", "1\u00A0234,5", "1.234,5", "1,234.5", "1,234,567", "1.234.567", "1'234", "12 3456", "٣", "5,", "5."];
        string[] glue = ["", " ", "  ", "\u00A0", "\u202F", "\u2009", ".", ". ", ",", "-", "\n", "a", "б", "5"];
        string[] tails = ["", ".", ",", ";", ":", ")", " —", "–", "-", " ", "\n", " x", "б", "%", "²", "$", "€", "₸"];
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Maybe(string[] from) => random.Next(3) == 0 ? "" : Pick(from);
        var (differ, matches) = (0, 0);
        for (var n = 0; n < 25_000; n++)
        {
            // A currency, a number, a scale, a currency, a country, each maybe, glued by spaces, stops or letters.
            var sb = new StringBuilder();
            for (var k = random.Next(1, 4); k > 0; k--)
                sb.Append(Maybe(tails)).Append(Maybe(words)).Append(Maybe(glue)).Append(Pick(numbers)).Append(Maybe(glue))
                    .Append(Maybe(words)).Append(Maybe(glue)).Append(Maybe(words)).Append(Maybe(glue)).Append(Maybe(words)).Append(Maybe(tails));
            var text = sb.ToString();
            matches += W.MoneyPrefixed.Count(text) + W.MoneySuffixed.Count(text) + W.MoneyElliptic.Count(text) + NumberReader.DigitsExpression.Count(text);
            if (Same(text) is { } why && differ++ < 20) output.WriteLine(why);
        }
        output.WriteLine($"{matches} matches, {differ} differ");
        // The texts must hold amounts enough for the comparison to mean something.
        matches.ShouldBeGreaterThan(12_000);
        differ.ShouldBe(0);
    }

    [Fact]
    public void Each_vocabulary_character_is_compared_as_the_expressions_compare_it()
    {
        // Every character there is, once: the expressions' case-blind classes against the scanner's folded comparison.
        var all = new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray());
        foreach (var c in W.Money.Words.SelectMany(w => w.Replace("*", "").Replace(" ", "")).Distinct())
        {
            var byExpression = new Regex(CuePattern.Alternation([c.ToString()]), CuePattern.Options).Matches(all).Select(m => m.Index).ToList();
            var byScanner = Enumerable.Range(0, all.Length).Where(x => FoldedText.FoldChar(all[x]) == FoldedText.FoldChar(c)).ToList();
            byScanner.ShouldBe(byExpression, $"'{c}'");
        }
    }

    [SharedFact("devcorpus/docs")]
    public void The_devcorpus_reads_as_the_expressions_read_it() => Corpus([Path.Combine(Paths.DevcorpusDir, "docs")]);

    [Fact]
    public void The_folders_named_read_as_the_expressions_read_them()
    {
        var dirs = Environment.GetEnvironmentVariable("MONEY_ORACLE_DIRS");
        if (string.IsNullOrEmpty(dirs)) return;
        Corpus(dirs.Split(':', StringSplitOptions.RemoveEmptyEntries));
    }

    void Corpus(IEnumerable<string> dirs)
    {
        var (texts, matches, differ) = (0, 0, 0);
        foreach (var file in dirs.SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)))
        {
            var text = File.ReadAllText(file);
            // The whole file, each line and each sentence of it: amounts near a line's or a text's end read differently.
            foreach (var unit in Units(text))
            {
                texts++;
                matches += W.MoneyPrefixed.Count(unit) + W.MoneySuffixed.Count(unit) + W.MoneyElliptic.Count(unit) + NumberReader.DigitsExpression.Count(unit);
                if (Same(unit) is { } why && differ++ < 20) output.WriteLine($"{file}: {why}");
            }
        }
        output.WriteLine($"{texts} texts, {matches} matches, {differ} differ");
        texts.ShouldBeGreaterThan(0);
        differ.ShouldBe(0);
    }

    static IEnumerable<string> Units(string text)
    {
        yield return text;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            yield return line;
            foreach (var sentence in SentenceSplitter.Split(line)) yield return sentence;
        }
    }

    /// <summary>Null when the scanner reads <paramref name="text"/> as the three expressions do, else the first difference.</summary>
    static string? Same(string text) =>
        Differ("prefixed", text, W.MoneyPrefixed, W.Money.Prefixed(text))
        ?? Differ("suffixed", text, W.MoneySuffixed, W.Money.Suffixed(text))
        ?? Differ("elliptic", text, W.MoneyElliptic, W.Money.Elliptic(text))
        ?? SameNumbers(text);

    // NumberReader's numbers in digits and the scale word after each, by the expressions and by the scanner.
    static string? SameNumbers(string text)
    {
        var expected = NumberReader.DigitsExpression.Matches(text).Select(m => $"{m.Index}+{m.Length} {ScaleAfterExpected(text, m.Index + m.Length)}").ToList();
        var actual = MoneyScanner.Numbers(text).Select(n => $"{n.Index}+{n.Length} {ScaleAfterActual(text, n.Index + n.Length)}").ToList();
        // And at every place of a line or a sentence, as the words' scale is read after a number in words, wherever it ends.
        for (var at = 0; at <= text.Length && text.Length <= 1_000 && expected.SequenceEqual(actual); at++)
            (expected, actual) = ([ScaleAfterExpected(text, at)], [ScaleAfterActual(text, at)]);
        return expected.SequenceEqual(actual) ? null : $"numbers «{text}»: expressions [{string.Join("; ", expected)}] scanner [{string.Join("; ", actual)}]";
    }

    static string ScaleAfterExpected(string text, int at) =>
        NumberReader.ScaleAfterExpression.Match(text, at) is { Success: true } m ? $"{m.Index}+{m.Length} {m.Groups["scale"].Index}+{m.Groups["scale"].Length}" : "-";

    static string ScaleAfterActual(string text, int at) =>
        W.Money.ScaleAfter(text, at) is (var scale, var length, var end) ? $"{at}+{end - at} {scale}+{length}" : "-";

    static string? Differ(string what, string text, Regex expression, List<MoneyScanner.Hit> hits)
    {
        var expected = expression.Matches(text).Select(m => Describe(text, m.Index, m.Length, m.Groups["num"], m.Groups["scale"], m.Groups["cur"])).ToList();
        var actual = hits.Select(h => Describe(text, h.Index, h.Length, (h.Num, h.NumLength), (h.Scale, h.ScaleLength), (h.Currency, h.CurrencyLength))).ToList();
        return expected.SequenceEqual(actual) ? null : $"{what} «{text}»: expressions [{string.Join("; ", expected)}] scanner [{string.Join("; ", actual)}]";
    }

    static string Describe(string text, int index, int length, Group num, Group scale, Group cur) =>
        Describe(text, index, length, Span(num), Span(scale), Span(cur));

    static (int, int) Span(Group g) => g.Success ? (g.Index, g.Length) : (0, 0);

    // A part's span, and what MoneyFinder makes of it: the number's value, the scale's name, the currency's code.
    static string Describe(string text, int index, int length, (int At, int Length) num, (int At, int Length) scale, (int At, int Length) cur)
    {
        var n = text.Substring(num.At, num.Length);
        var s = text.Substring(scale.At, scale.Length);
        var c = text.Substring(cur.At, cur.Length);
        return $"{index}+{length} num {num.At}+{num.Length}={NumberParser.Parse(n)} scale {(s.Length == 0 ? "-" : $"{scale.At}+{scale.Length}")}={W.ScaleOf(s)} cur {(c.Length == 0 ? "-" : $"{cur.At}+{cur.Length}")}={(c.Length == 0 ? "-" : W.UnitOf(c))}";
    }
}
