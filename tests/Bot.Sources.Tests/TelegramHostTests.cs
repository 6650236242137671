using Bot.Hosting;
using System.Globalization;
using System.Text;
using Bot.Knowledge.Alerts;
using Bot.Sources.Monitoring;
using Bot.Sources.Tests.Harness;
using Bot.Telegram.Hosting;
using Bot.TelegramSimulator;
using Bot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Sources.Tests;

/// <summary>The monitor inside the real bot host, against the Bot API simulator: admins hear about a dead source, subscribers about a new agreement.</summary>
public sealed class TelegramHostTests : IAsyncLifetime, IDisposable
{
    const long AdminId = 4242;
    const long SubscriberId = 5001;

    readonly FeedServer _server = new();
    TempStore _store = null!;
    BotApiSimulator _sim = null!;
    IHost? _host;

    public async Task InitializeAsync()
    {
        _store = await TempStore.SeededAsync();
        _sim = await BotApiSimulator.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        await _sim.DisposeAsync();
        _store.Dispose();
    }

    public void Dispose() => _server.Dispose();

    Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = _sim.Token,
            ["Telegram:ApiBaseUrl"] = _sim.BaseUrl,
            ["Telegram:LongPollSeconds"] = "1",
            ["Telegram:AdminIds:0"] = AdminId.ToString(CultureInfo.InvariantCulture),
            ["Knowledge:DbPath"] = _store.Path,
            ["Knowledge:DataPath"] = Paths.DataDir,
            ["Sources:AllowPrivateNetworks"] = "true",
            ["Sources:MinimumInterval"] = "00:00:01",
            ["Sources:DefaultInterval"] = "00:00:01",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    async Task StartBotAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _host = AppHost.BuildBot(configuration, logging => logging.SetMinimumLevel(LogLevel.Warning));
        await _host.StartAsync();
    }

    [Fact]
    public async Task A_feed_that_keeps_failing_is_reported_to_the_admin_once_in_the_admins_language()
    {
        _store.Store.Chats.Touch(AdminId, "private", null, reactivate: true);
        _store.Store.Chats.SetLanguage(AdminId, "ru");
        _server.Fail("/rss", 500);

        await StartBotAsync(Settings(("Sources:Feeds:0:Url", _server.Url("/rss")), ("Sources:Feeds:0:Name", "Steppe Wire"), ("Sources:FailureNoticeAfter", "1")));

        var notice = (await _sim.WaitForSentAsync(m => m.ChatId == AdminId, timeout: TimeSpan.FromSeconds(20))).Single();
        notice.PlainText.ShouldStartWith("⚠️ Источник «Steppe Wire» не отвечает 1 раз подряд.");
        notice.PlainText.ShouldContain("HTTP 500 Internal Server Error");
        notice.PlainText.ShouldContain(_server.Url("/rss"));
        // The next failed poll (after a doubled wait) must not repeat the notice. A third request means the second
        // pass, notices included, is over.
        await Eventually(() => _server.Hits("/rss") >= 3);
        _sim.Sent.Count(m => m.ChatId == AdminId).ShouldBe(1);
    }

    [Fact]
    public async Task A_new_agreement_from_a_feed_is_alerted_at_once_not_at_the_next_outbox_check()
    {
        _store.Store.Chats.Touch(SubscriberId, "private", null, reactivate: true);
        _store.Store.Subscriptions.Add(SubscriberId, SubscriptionBook.All, "", "all");
        // The article arrives after the alert worker's first look at the outbox; its next look is five minutes away.
        _server.Serve("/news/rail", new FeedServer.Route(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Fixture.Article("steppe-wire-rail-memorandum")))
        {
            Delay = TimeSpan.FromSeconds(1.5),
        });
        _server.Rss("/rss", FeedXml.Rss("Steppe Wire", new Entry(_server.Url("/news/rail"), "Kazakhstan and Bulgaria sign memorandum on container transport",
            new DateTimeOffset(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2)))));

        await StartBotAsync(Settings(("Sources:Feeds:0:Url", _server.Url("/rss")), ("Sources:DefaultInterval", "00:01:00"), ("Alerts:IdlePoll", "00:05:00")));

        var alert = (await _sim.WaitForSentAsync(m => m.ChatId == SubscriberId, timeout: TimeSpan.FromSeconds(30))).Single();
        alert.Text.ShouldContain(_server.Url("/news/rail"));
    }

    [Fact]
    public async Task A_feed_an_admin_adds_with_feed_add_is_polled_without_a_restart_and_its_agreement_alerts_subscribers()
    {
        _store.Store.Chats.Touch(SubscriberId, "private", null, reactivate: true);
        _store.Store.Subscriptions.Add(SubscriberId, SubscriptionBook.All, "", "all");
        _server.Html("/news/rail", Fixture.Article("steppe-wire-rail-memorandum"));
        _server.Rss("/rss", FeedXml.Rss("Steppe Wire", new Entry(_server.Url("/news/rail"), "Kazakhstan and Bulgaria sign memorandum on container transport",
            new DateTimeOffset(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2)))));
        // No source in the settings: the monitor runs anyway and waits for one.
        await StartBotAsync(Settings());

        _sim.InjectMessage(AdminId, AdminId, "/feed_add " + _server.Url("/rss"));

        var alert = (await _sim.WaitForSentAsync(m => m.ChatId == SubscriberId, timeout: TimeSpan.FromSeconds(30))).Single();
        alert.Text.ShouldContain(_server.Url("/news/rail"));
        (await _sim.WaitForSentAsync(m => m.ChatId == AdminId)).Single().PlainText.ShouldContain(_server.Url("/rss"));
    }

    [Fact]
    public async Task The_bot_refuses_to_start_with_a_bad_sources_setting_and_names_the_key()
    {
        var error = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            StartBotAsync(Settings(("Sources:Feeds:0:Url", _server.Url("/rss")), ("Sources:Feeds:0:Languages:0", "fr"), ("Sources:MaxRedirects", "99"))));

        error.Message.ShouldContain("Sources:Feeds:0:Languages: 'fr' is not one of en, ru, bg, kk");
        error.Message.ShouldContain("Sources:MaxRedirects must be between 0 and 20");
    }

    static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException("condition not met within 20 s");
            await Task.Delay(50);
        }
    }
}
