using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Lists and tables of signed documents as annexes and embassy pages print them: a list under a title line ("Documents
/// signed in Astana on 9 June 2025") rather than a sentence with a colon, a closing sentence under its last item ("In all,
/// three documents were signed"), a treaty list noting a later amendment, and a table of visits whose first row is data.
/// A user asking what was signed that day gets every item, dated by the title line; an amendment is no second
/// agreement; a visit keeps its own date. Texts of our own in four languages.
/// </summary>
public sealed class SignedListReadingTests : IDisposable
{
    readonly FileIngestion _files = new();

    IReadOnlyList<Agreement> Agreements => _files.Store.Agreements.All();

    async Task IngestAsync(string name, string lang, string body)
    {
        var (result, _) = await _files.IngestAsync(name, $"---\ntitle: Treaty framework\ndate: 2025-06-20\nlang: {lang}\n---\n\n{body}\n");
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
    }

    [Theory]
    [InlineData("en", "Sofia, 20 June 2025\n\nDocuments signed in Astana on 9 June 2025 (state visit)\n\n"
        + "- Memorandum of understanding on rail freight between\nthe two railway companies;\n"
        + "- Memorandum on establishing sister-city relations between Turkistan and Veliko Tarnovo;\n"
        + "- Agreement on cooperation in sports.\nIn all, three documents were signed on that day.")]
    [InlineData("ru", "София, 20 июня 2025 года\n\nДокументы, подписанные в Астане 9 июня 2025 года (государственный визит)\n\n"
        + "- Меморандум о взаимопонимании о железнодорожных\nгрузоперевозках;\n"
        + "- Меморандум об установлении побратимских связей между Туркестаном и Велико-Тырново;\n"
        + "- Соглашение о сотрудничестве в области спорта.\nВсего в тот день были подписаны три документа.")]
    [InlineData("bg", "София, 20 юни 2025 г.\n\nДокументи, подписани в Астана на 9 юни 2025 г. (държавно посещение)\n\n"
        + "- Меморандум за разбирателство за железопътните\nтоварни превози;\n"
        + "- Меморандум за установяване на побратимени връзки между Туркестан и Велико Търново;\n"
        + "- Споразумение за сътрудничество в областта на спорта.\nОбщо в този ден бяха подписани три документа.")]
    [InlineData("kk", "ҚОЛ ҚОЙЫЛҒАН ҚҰЖАТТАР ТІЗБЕСІ\n\nАстана қаласы, 2025 жылғы 9 маусым\n\n"
        + "1. Теміржол жүк тасымалы туралы өзара түсіністік меморандумы.\n\n"
        + "2. Түркістан мен Велико Тырново арасында бауырлас қалалар байланысын орнату туралы меморандум.\n\n"
        + "3. Спорт саласындағы ынтымақтастық туралы келісім.\n\nБарлығы: үш құжат.")]
    public async Task A_list_under_a_title_line_is_every_document_signed_on_the_title_s_day(string lang, string body)
    {
        await IngestAsync($"annex-{lang}.md", lang, body);

        Agreements.Count.ShouldBe(3, string.Join("; ", Agreements.Select(a => $"{a.Title} {a.Signed}")));
        Agreements.ShouldAllBe(a => a.Signed == new PartialDate(2025, 6, 9));
        Agreements.ShouldAllBe(a => a.Title.Length < 120);
    }

    [Theory]
    [InlineData("en", "2. Agreement on mutual promotion and protection of investments. Signed in Sofia on\n15 September 1999; entered into force on 20 August 2001; later amended by a protocol.")]
    [InlineData("ru", "2. Соглашение о взаимном поощрении и защите инвестиций. Подписано в Софии\n15 сентября 1999 года; вступило в силу 20 августа 2001 года; с изменениями, внесёнными протоколом.")]
    [InlineData("bg", "2. Споразумение за взаимно насърчаване и защита на инвестициите. Подписано в София на\n15 септември 1999 г.; в сила от 20 август 2001 г.; изменено с протокол.")]
    [InlineData("kk", "2. Инвестицияларды өзара көтермелеу және қорғау туралы келісімге 1999 жылғы 15 қыркүйекте Софияда қол қойылды; кейін хаттамамен өзгертілген.")]
    public async Task A_protocol_that_later_amended_a_listed_agreement_is_no_agreement_of_its_own(string lang, string item)
    {
        await IngestAsync($"treaties-{lang}.md", lang, "1. Convention on the avoidance of double taxation. Signed in Almaty on 13 November 1997.\n" + item);

        Agreements.ShouldNotContain(a => a.Kind == "protocol");
        Agreements.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_title_stops_where_its_item_s_next_sentence_begins()
    {
        await IngestAsync("treaties.md", "en",
            "4. Memorandum of cooperation between the two parliaments, and an agreement on cooperation in the field of culture.\n"
            + "Both signed in Astana in November 2015, during the visit of the Speaker.");

        Agreements.Select(a => a.Title).ShouldContain("Agreement on cooperation in the field of culture");
        Agreements.ShouldAllBe(a => a.Signed == new PartialDate(2015, 11));
    }

    [Fact]
    public async Task A_table_of_visits_without_a_header_row_keeps_each_visit_with_its_own_date()
    {
        await _files.IngestAsync("relations.html", """
            <html lang="en"><head><title>Bilateral relations</title></head>
            <body><article><h1>Bilateral relations</h1>
            <p>Kazakhstan and Bulgaria established diplomatic relations in 1992.</p>
            <p><b>Visits at the highest level</b></p>
            <table border="1">
            <tr><td>May 1995</td><td>Official visit of the Prime Minister of Bulgaria to Kazakhstan</td></tr>
            <tr><td>October 2001</td><td>State visit of the President of Kazakhstan to Sofia</td></tr>
            <tr><td>12-13 March 2012</td><td>Visit of the Foreign Minister of Bulgaria to Astana</td></tr>
            </table>
            </article></body></html>
            """);

        var passages = _files.Passages();
        passages.ShouldContain(p => p.Contains("May 1995 — Official visit of the Prime Minister of Bulgaria", StringComparison.Ordinal));
        passages.ShouldContain(p => p.Contains("October 2001 — State visit of the President of Kazakhstan", StringComparison.Ordinal));
        passages.ShouldNotContain(p => p.Contains("Kazakhstan: State visit", StringComparison.Ordinal), "the first row lent as a label to the next");
    }

    public void Dispose() => _files.Dispose();
}
