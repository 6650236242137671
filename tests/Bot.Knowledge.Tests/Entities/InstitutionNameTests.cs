using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// Companies, funds and institutions are not learned as people, however capitalised their names and whatever title
/// stands before them: a list of "who said what" names the speaker, not the firm he works for.
/// </summary>
public sealed class InstitutionNameTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task<IReadOnlyCollection<Entity>> LearnedAsync(string lang, string body)
    {
        var file = _folder.Write($"{lang}.md", MarkdownDoc.With("Article", "2025-06-10", lang, body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
        return _temp.Store.Entities.Known().All;
    }

    [Theory]
    [InlineData("en", "Aidos Kassenov, director of Tobol Grain Ltd, said the first consignment would leave in May.", "Kassenov", "Grain")]
    [InlineData("en", "Maria Petrova, chief executive of Rila Logistics JSC, said the company is looking at exports.", "Petrova", "Logistics")]
    [InlineData("ru", "Айдос Касенов, директор компании Тобол Грейн, сообщил, что первая партия уйдёт в мае.", "Касенов", "Грейн")]
    [InlineData("ru", "Глава фонда «Самрук-Қазына» Нурлан Жакупов сообщил о поставках урана.", "Жакупов", "Самрук")]
    public async Task The_speaker_is_learned_and_the_firm_after_his_title_is_not(string lang, string body, string person, string firm)
    {
        var people = (await LearnedAsync(lang, body)).Where(e => e.Type == "person").ToList();

        people.ShouldContain(e => e.Name.Contains(person, StringComparison.Ordinal));
        people.ShouldNotContain(e => e.Name.Contains(firm, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_capitalised_adjective_after_a_title_and_a_verb_is_no_person()
    {
        var people = (await LearnedAsync("ru", "Во время поездки посол также посетил Тракийскую экономическую зону.")).Where(e => e.Type == "person");

        people.ShouldBeEmpty();
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
