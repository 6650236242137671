using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Tests.Figures;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// "… proposed that the next step be the signing of a memorandum. The memorandum has not yet been signed.": a sentence that
/// says a document is still unsigned makes the one of its kind just drafted a proposal — no record, no alert — in any language;
/// a document signed before it of another kind stays.
/// </summary>
public sealed class DeniedSigningTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task IngestAsync(string lang, string date, string body) => _news.AddAsync(lang, date, body);

    [Theory]
    [InlineData("en", "The ambassador proposed that the next step be the signing of a memorandum of understanding between Sofia and Astana. The memorandum has not yet been signed.")]
    [InlineData("bg", "Посланик Темирбаев предложи следващата стъпка да бъде подписването на меморандум за разбирателство между София и Астана. Меморандумът все още не е подписан.")]
    [InlineData("ru", "Посол назвал следующим шагом подписание меморандума о взаимопонимании между Софией и Астаной. Меморандум пока не подписан.")]
    [InlineData("kk", "Елші келесі қадам ретінде София мен Астана арасындағы өзара түсіністік туралы меморандумға қол қоюды атады. Меморандумға әлі қол қойылған жоқ.")]
    public async Task A_memorandum_the_next_sentence_calls_unsigned_is_no_agreement(string lang, string body)
    {
        await IngestAsync(lang, "2024-03-16", body);

        _news.Store.Agreements.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_agreement_signed_before_a_memorandum_still_unsigned_stays()
    {
        await IngestAsync("en", "2024-06-12",
            "On 11 June 2024 the customs services of Kazakhstan and Bulgaria signed an agreement on the exchange of customs data. "
            + "A memorandum on transit has not yet been signed.");

        _news.Store.Agreements.All().ShouldHaveSingleItem().Kind.ShouldBe("agreement");
    }

    public void Dispose() => _news.Dispose();
}
