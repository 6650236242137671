using Bot.Knowledge.Alerts;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Alerts;

/// <summary>Which subscribers a newly signed agreement is alerted to: everyone on "all", its topic, or all of their keywords.</summary>
public sealed class SubscriptionMatcherTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    long _chat = 1;

    static AgreementDraft Agreement(string title, string domain, params string[] parties) =>
        new("memorandum", title, domain, PartialDate.Parse("2026-11-20"), "Sofia", parties.Select(p => new Party(p, null, null)).ToList(), title);

    /// <summary>A subscription as /subscribe stores it (keywords normalized the same way).</summary>
    Chats.SubscriptionRow Subscription(string kind, string value)
    {
        var chat = _chat++;
        _temp.Store.Subscriptions.Add(chat, kind, value, value);
        return _temp.Store.Subscriptions.ForChat(chat).Single();
    }

    [Fact]
    public void A_subscription_to_everything_gets_every_agreement()
    {
        SubscriptionMatcher.Matches(Subscription(SubscriptionBook.All, ""), Agreement("Memorandum on culture", "culture")).ShouldBeTrue();
    }

    [Fact]
    public void A_topic_subscription_gets_agreements_of_its_topic_only()
    {
        var transport = Subscription(SubscriptionBook.Topic, "transport");

        SubscriptionMatcher.Matches(transport, Agreement("Memorandum on rail freight", "transport")).ShouldBeTrue();
        SubscriptionMatcher.Matches(transport, Agreement("Memorandum on student exchange", "education")).ShouldBeFalse();
    }

    [Fact]
    public void Air_links_count_as_transport()
    {
        SubscriptionMatcher.Matches(Subscription(SubscriptionBook.Topic, "transport"), Agreement("Agreement on air services", "aviation")).ShouldBeTrue();
    }

    [Fact]
    public void A_keyword_subscription_needs_every_keyword_in_the_title_or_parties()
    {
        var varnaPort = Subscription(SubscriptionBook.Keyword, "Varna port");

        SubscriptionMatcher.Matches(varnaPort, Agreement("Memorandum on the port of Varna", "transport", "Port of Varna")).ShouldBeTrue();
        SubscriptionMatcher.Matches(varnaPort, Agreement("Memorandum on twinning", "municipal", "Varna", "Aktau")).ShouldBeFalse();
    }

    [Fact]
    public void Keywords_match_whatever_their_case()
    {
        SubscriptionMatcher.Matches(Subscription(SubscriptionBook.Keyword, "KAZMUNAYGAS"), Agreement("Gas supply memorandum", "energy", "KazMunayGas", "Bulgargaz")).ShouldBeTrue();
    }

    public void Dispose() => _temp.Dispose();
}
