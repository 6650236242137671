using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A bilingual note printed in two columns side by side (one language on the left, its translation on the right), saved
/// as text: each column is read as a text of its own, so every sentence is in one language and no document is made of
/// half-lines of both.
/// </summary>
public sealed class TwoColumnTextTests : IDisposable
{
    readonly FileIngestion _files = new();

    static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    static readonly string EnglishKazakh = Lines(
        "            MINISTRY OF CULTURE  /  МӘДЕНИЕТ МИНИСТРЛІГІ",
        "",
        "  Almaty, 14 October 2023                     Алматы, 2023 жылғы 14 қазан",
        "",
        "  The culture ministers of Kazakhstan and      Қазақстан мен Болгарияның мәдениет",
        "  Bulgaria met in Almaty on Saturday. They     министрлері сенбіде Алматыда кездесті.",
        "  signed a memorandum on cooperation in        Олар мұражай ісі саласындағы",
        "  museum work and agreed to hold a week of     ынтымақтастық туралы меморандумға қол",
        "  Bulgarian films in Astana next spring.       қойып, келесі көктемде Астанада",
        "                                               болгар фильмдерінің апталығын өткізуге",
        "                                               келісті.",
        "",
        "  Two hundred visitors came to the opening     Ашылу салтанатына екі жүз қонақ",
        "  of the exhibition of Bulgarian icons.        келді.",
        "");

    [Fact]
    public async Task Each_column_of_a_bilingual_note_is_read_as_its_own_text()
    {
        var (result, _) = await _files.IngestAsync("note.txt", EnglishKazakh);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = _files.Passages().Select(p => p.Replace('\n', ' ')).ToList();
        passages.ShouldContain(p => p.Contains("They signed a memorandum on cooperation in museum work and agreed to hold a week of Bulgarian films in Astana next spring.", StringComparison.Ordinal));
        passages.ShouldContain(p => p.Contains("Олар мұражай ісі саласындағы ынтымақтастық туралы меморандумға қол қойып", StringComparison.Ordinal));
        // No passage mixes the two languages' half-lines.
        passages.ShouldNotContain(p => p.Contains("Kazakhstan and Қазақстан", StringComparison.Ordinal) || p.Contains("cooperation in Олар", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_signed_in_a_two_column_note_is_named_in_each_language_without_words_of_the_other()
    {
        await _files.IngestAsync("note.txt", EnglishKazakh);

        var titles = _files.Store.Agreements.All().Select(a => a.Title).ToList();
        titles.ShouldNotBeEmpty();
        titles.Where(t => t.Any(char.IsAsciiLetter) && t.Any(c => c >= '\u0400' && c <= '\u04FF')).ShouldBeEmpty();
    }

    [Fact]
    public void A_russian_and_bulgarian_release_side_by_side_gives_each_paragraph_whole_in_its_language()
    {
        var lines = new List<string>
        {
            "  Делегации Казахстана и Болгарии         Делегациите на Казахстан и България",
            "  обсудили открытие прямого рейса          обсъдиха откриването на директен полет",
            "  между Алматы и Варной. Первый рейс       между Алмати и Варна. Първият полет",
            "  запланирован на май.                     е планиран за май.",
        };

        var unfolded = TextColumns.Unfold(lines);

        string.Join(" ", unfolded.Select(l => l.Trim()).Where(l => l.Length > 0)).ShouldBe(
            "Делегации Казахстана и Болгарии обсудили открытие прямого рейса между Алматы и Варной. Первый рейс запланирован на май. "
            + "Делегациите на Казахстан и България обсъдиха откриването на директен полет между Алмати и Варна. Първият полет е планиран за май.");
    }

    [Fact]
    public void A_sheet_of_short_keys_and_values_is_no_pair_of_columns()
    {
        var lines = new List<string>
        {
            "  Capital                                   Astana",
            "  Official languages                        Kazakh, Russian",
            "  Ambassador in Sofia                       Temirbayev",
            "  Embassy opened                            2004",
        };

        TextColumns.Unfold(lines).ShouldBe(lines);
    }

    public void Dispose() => _files.Dispose();
}
