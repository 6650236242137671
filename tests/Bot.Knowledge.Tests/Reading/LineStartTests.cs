using System.Globalization;
using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// The look at a line's first letter that lets most lines skip the page-furniture expressions anchored at a line's start
/// ("Read also:", "Обновлено …", "We use cookies…", "Home > …") never skips a line one of them matches: whatever a page
/// reads as furniture, it reads so with the look as without it.
/// </summary>
public sealed class LineStartTests
{
    public static TheoryData<string> Expressions => ["SectionHead", "SectionLead", "ModifiedStart", "NoticeStart", "HomeStart"];

    static LineStart Of(string name) => name switch
    {
        "SectionHead" => PageLayoutWords.SectionHead,
        "SectionLead" => PageLayoutWords.SectionLead,
        "ModifiedStart" => PageLayoutWords.ModifiedStart,
        "NoticeStart" => PageLayoutWords.NoticeStart,
        _ => PageLayoutWords.HomeStart,
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void The_look_at_the_first_letter_never_skips_a_line_the_expression_matches(string name)
    {
        var line = Of(name);
        string[] phrases =
        [
            .. PageLayoutWords.File.SectionHeads.All, .. PageLayoutWords.File.Modified.All, .. PageLayoutWords.File.Notices.All,
            .. PageLayoutWords.File.Home.All,
        ];
        var matched = 0;
        foreach (var phrase in phrases)
            foreach (var spelt in Spellings(phrase))
                foreach (var text in new[] { spelt, $"**{spelt}:** more", $"— {spelt} — 12.05.2024", $"  «{spelt}» > Nation", $"{spelt} 10:15" })
                {
                    if (!line.Expression.IsMatch(text)) continue;
                    matched++;
                    line.MayMatch(text).ShouldBeTrue(text);
                    line.IsMatch(text).ShouldBeTrue(text);
                }
        matched.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("The Kazakh-Bulgarian business forum was held in Sofia on 26 April.")]
    [InlineData("— Казахстанско-болгарский бизнес-форум прошёл в Софии.")]
    [InlineData("«Стокообменът с Румъния надхвърли 1 млрд. долара»")]
    [InlineData("2024 жылы тауар айналымы өсті.")]
    public void A_line_of_an_articles_text_is_not_read_by_the_expressions(string text)
    {
        foreach (var name in new[] { "SectionHead", "SectionLead", "ModifiedStart", "NoticeStart", "HomeStart" })
        {
            Of(name).IsMatch(text).ShouldBe(Of(name).Expression.IsMatch(text));
            Of(name).IsMatch(text).ShouldBeFalse();
        }
    }

    /// <summary>The phrase as written, in capitals, capitalised, and with ё for е (and е for ё).</summary>
    static IEnumerable<string> Spellings(string phrase)
    {
        var bare = phrase.Replace("*", "", StringComparison.Ordinal);
        yield return bare;
        yield return bare.ToUpperInvariant();
        yield return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(bare);
        yield return bare.Replace('е', 'ё');
        yield return bare.Replace('ё', 'е').ToUpperInvariant();
    }
}
