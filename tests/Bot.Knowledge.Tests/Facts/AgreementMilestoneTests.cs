using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Figures;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// Ratification and entry into force are later, dated events of an agreement already signed: the agreement keeps its
/// signing date and stays one record (one alert), and each milestone is an event labelled with its title.
/// </summary>
public sealed class AgreementMilestoneTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task IngestAsync(string lang, string date, string body) => _news.AddAsync(lang, date, body);

    [Fact]
    public async Task A_ratification_by_law_is_a_dated_event_of_the_agreement_not_its_signing_date()
    {
        await IngestAsync("en", "2013-02-01",
            "On 10 May 2012 Kazakhstan and Bulgaria signed in Astana an agreement on air services. "
            + "The Bulgarian parliament ratified the agreement by Law No. 45 of 19 December 2012.");

        var agreement = _news.Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Signed.ShouldBe(new PartialDate(2012, 5, 10));
        var ratification = _news.Store.Events.OfKind(EventKinds.Ratification).ShouldHaveSingleItem();
        ratification.Start.ShouldBe(new PartialDate(2012, 12, 19));
        ratification.Label.ShouldStartWith(agreement.Title);
        ratification.Label.ShouldContain("Law No. 45");
        ratification.Status.ShouldBe(EventStatuses.Held);
    }

    [Fact]
    public async Task A_Russian_agreement_in_force_from_the_day_of_signing_takes_the_signing_day()
    {
        await IngestAsync("ru", "2008-01-01",
            "12 марта 2007 года в Софии стороны подписали соглашение о сотрудничестве в области туризма между Казахстаном и Болгарией. Соглашение вступает в силу с даты подписания.");

        var inForce = _news.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldHaveSingleItem();
        inForce.Start.ShouldBe(new PartialDate(2007, 3, 12));
        _news.Store.Agreements.All().ShouldHaveSingleItem().Signed.ShouldBe(new PartialDate(2007, 3, 12));
    }

    [Fact]
    public async Task A_Bulgarian_entry_into_force_names_its_own_date_and_makes_no_second_agreement()
    {
        await IngestAsync("bg", "2020-05-01",
            "Споразумението между България и Казахстан за избягване на двойното данъчно облагане, подписано през 1997 г., влезе в сила на 3 май 1999 г.");

        _news.Store.Agreements.All().ShouldBeEmpty();
        var inForce = _news.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldHaveSingleItem();
        inForce.Start.ShouldBe(new PartialDate(1999, 5, 3));
        inForce.Label.ShouldContain("двойното данъчно облагане");
    }

    [Fact]
    public async Task An_agreement_that_will_enter_into_force_next_year_is_a_planned_milestone()
    {
        await IngestAsync("en", "2024-06-01",
            "Kazakhstan and Bulgaria signed a memorandum on tourism on 30 May 2024. The memorandum will enter into force on 1 January 2025.");

        _news.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldHaveSingleItem().Status.ShouldBe(EventStatuses.Planned);
    }

    [Fact]
    public async Task An_agreement_named_by_its_kind_alone_is_the_one_told_of_before_not_another_the_sentence_mentions()
    {
        await IngestAsync("en", "2000-01-10",
            "On 15 September 1999 an agreement on cooperation in agriculture was signed in Sofia between the two ministries of agriculture. "
            + "The agreement entered into force on the day of signing; in its preamble the parties refer to the agreement on trade of 30 July 1997.");

        var inForce = _news.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldHaveSingleItem();
        inForce.Start.ShouldBe(new PartialDate(1999, 9, 15));
        inForce.Label.ShouldContain("agriculture");
    }

    [Fact]
    public async Task A_source_address_naming_a_ratification_states_none()
    {
        await IngestAsync("en", "2013-02-01",
            "Source: https://law.example.org/en/on-the-ratification-of-the-agreement-on-air-services\n\n"
            + "On 10 May 2012 Kazakhstan and Bulgaria signed in Astana an agreement on air services.");

        _news.Store.Agreements.All().ShouldHaveSingleItem();
        _news.Store.Events.OfKind(EventKinds.Ratification).ShouldBeEmpty();
    }

    public void Dispose() => _news.Dispose();
}
