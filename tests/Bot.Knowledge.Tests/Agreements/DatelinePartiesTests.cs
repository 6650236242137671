using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// A lead that opens with its dateline and a dash ("SOFIA, 9 November 2026 (BTA) –") and names the signers before the
/// verb: the parties are the signers, without the agency, the date or the weekday beside them. Before, the first party
/// read "BTA) – Bulgaria's Minister …" and the second "… Satkaliyev on Monday".
/// </summary>
public sealed class DatelinePartiesTests
{
    static AgreementDraft Read(string text) =>
        new DocumentExtractor(KbEntities.Index()).Extract(PlainTextReader.Read("file:/tmp/lead.txt", text)).Agreements.ShouldHaveSingleItem();

    [Theory]
    [InlineData("SOFIA, 9 November 2026 (BTA) – Bulgaria's Minister of Energy Ivan Petrov and Kazakhstan's Minister of Energy Almasadam Satkaliyev on Monday signed a memorandum of understanding on cooperation in nuclear energy.", "Petrov", "Satkaliyev")]
    [InlineData("АСТАНА, 9 ноября 2026 года /Казинформ/ – Министр энергетики Болгарии Иван Петров и министр энергетики Казахстана Алмасадам Саткалиев в понедельник подписали меморандум о сотрудничестве в области атомной энергетики.", "Петров", "Саткалиев")]
    [InlineData("СОФИЯ (БТА) – Министърът на енергетиката на България Иван Петров и министърът на енергетиката на Казахстан Алмасадам Саткалиев вчера подписаха меморандум за сътрудничество в областта на ядрената енергетика.", "Петров", "Саткалиев")]
    public void The_dateline_and_the_weekday_are_no_part_of_the_parties(string text, string first, string second)
    {
        var parties = Read(text).Parties;
        parties.Count.ShouldBe(2);
        parties.ShouldContain(p => p.Name.Contains(first) && p.Country == "BG");
        parties.ShouldContain(p => p.Name.Contains(second) && p.Country == "KZ");
        foreach (var party in parties)
        {
            party.Name.ShouldNotContain("BTA");
            party.Name.ShouldNotContain("БТА");
            party.Name.ShouldNotContain("Казинформ");
            party.Name.ShouldNotContain("2026");
            party.Name.ShouldNotMatch(@"(?i)\b(on monday|в понедельник|вчера)\b");
        }
    }
}
