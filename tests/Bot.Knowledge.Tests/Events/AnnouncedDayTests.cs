using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Events;

/// <summary>
/// "Tomorrow, 10 June, Tuesday": a day announced with its weekday beside it is that one day, and a trip announced for
/// tomorrow is of the day after the item, never of the same day a year before.
/// </summary>
public sealed class AnnouncedDayTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    static readonly PartialDate Published = new(2024, 4, 15);

    [Theory]
    [InlineData("The minister leaves tomorrow, Tuesday, 16 April, for Sofia.")]
    [InlineData("Министр вылетит в Софию завтра, во вторник, 16 апреля.")]
    [InlineData("Министърът заминава утре, вторник, 16 април, за Астана.")]
    [InlineData("Министр ертең, 16 сәуірде, сейсенбіде Софияға барады.")]
    public void A_weekday_written_beside_a_day_names_that_day_and_no_other(string sentence)
    {
        var dates = DateFinder.Find(sentence, Published);

        dates.ShouldNotBeEmpty();
        dates.ShouldAllBe(d => d.Start == new PartialDate(2024, 4, 16));
    }

    [Theory]
    [InlineData("en", "Bulgarian Foreign Minister Ivan Petrov will travel to Astana tomorrow on an official visit.")]
    [InlineData("kk", "Болгарияның Сыртқы істер министрі Иван Петров ертең Астанаға ресми сапармен барады.")]
    public async Task A_visit_announced_for_tomorrow_is_dated_the_day_after_the_item(string lang, string body)
    {
        var file = _folder.Write($"{lang}.md", MarkdownDoc.With("News", "2024-04-15", lang, body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);

        var visit = _temp.Store.Events.OfKind(EventKinds.Visit).ShouldHaveSingleItem();
        visit.Start.ShouldBe(new PartialDate(2024, 4, 16));
        visit.Status.ShouldBe(EventStatuses.Planned);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
