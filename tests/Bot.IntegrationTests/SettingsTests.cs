using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>
/// A bad setting stops the program at start, through the real process: exit 2 and one line that names the key as the
/// operator writes it in appsettings.json — for every settings section, whether the value is out of range, not of the
/// right type, or wrong together with another.
/// </summary>
public sealed class SettingsTests : IDisposable
{
    const string ValidLookingToken = "123456789:AAH4c5m7qLr0xS9tUvWyZbD2eFgHiJkLmNo";

    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-settings-{Guid.NewGuid():N}.db");

    async Task<CliRunner.Result> RunAsync(string verb, params (string Key, string Value)[] settings)
    {
        var env = new Dictionary<string, string> { ["Telegram__BotToken"] = ValidLookingToken };
        foreach (var (key, value) in settings) env[key] = value;
        string[] args = verb == "ask" ? ["--db", _db, "ask", "What was the trade turnover in 2024?"] : ["--db", _db, verb];
        return await CliRunner.RunAsync(args, env: env);
    }

    static void ShouldStopNaming(CliRunner.Result r, string key)
    {
        r.ExitCode.ShouldBe(2, r.Stderr);
        r.Stdout.ShouldBeEmpty();
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            line => line.ShouldStartWith("error: "),
            line => line.ShouldContain(key),
            line => line.ShouldNotContain("Options"),
            line => line.ShouldNotContain("   at "));
    }

    [Theory]
    [InlineData("Alerts__GlobalPerSecond", "0", "Alerts:GlobalPerSecond")]
    [InlineData("Alerts__GlobalPerSecond", "abc", "Alerts:GlobalPerSecond")]
    [InlineData("Alerts__MaxAttempts", "0", "Alerts:MaxAttempts")]
    [InlineData("Alerts__PacingMargin", "0.9", "Alerts:PacingMargin")]
    [InlineData("Alerts__IdlePoll", "00:00:00", "Alerts:IdlePoll")]
    [InlineData("Alerts__SendTimeout", "forever", "Alerts:SendTimeout")]
    [InlineData("Telegram__AdminIds__0", "bob", "Telegram:AdminIds:0")]
    [InlineData("Telegram__AdminIds__0", "-5", "Telegram:AdminIds:0")]
    [InlineData("Telegram__ApiBaseUrl", "ftp://bot-api.example.org", "Telegram:ApiBaseUrl")]
    [InlineData("Telegram__TypingDelay", "soon", "Telegram:TypingDelay")]
    [InlineData("Telegram__QuestionsPerMinute", "0", "Telegram:QuestionsPerMinute")]
    [InlineData("Telegram__MaxConcurrentChats", "many", "Telegram:MaxConcurrentChats")]
    [InlineData("Sources__MaxItemsPerPoll", "0", "Sources:MaxItemsPerPoll")]
    [InlineData("Llm__Timeout", "soon", "Llm:Timeout")]
    [InlineData("Answering__MaxQuestionChars", "0", "Answering:MaxQuestionChars")]
    [InlineData("Llm__MaxRetries", "-1", "Llm:MaxRetries")]
    [InlineData("Ingestion__MaxBytes", "0", "Ingestion:MaxBytes")]
    [InlineData("Sources__Feeds__0__Url", "ftp://feeds.example.org/rss", "Sources:Feeds:0:Url")]
    [InlineData("Sources__MinimumInterval", "00:00:00", "Sources:MinimumInterval")]
    [InlineData("Sources__DefaultInterval", "often", "Sources:DefaultInterval")]
    [InlineData("Sources__MaxBackoff", "00:01:00", "Sources:MaxBackoff")]
    [InlineData("Knowledge__ReadOnly", "maybe", "Knowledge:ReadOnly")]
    [InlineData("Health__StaleAfter", "later", "Health:StaleAfter")]
    [InlineData("Logging__Questions", "sometimes", "Logging:Questions")]
    public async Task A_bad_setting_stops_the_bot_at_start_with_one_line_naming_its_key(string variable, string value, string key)
    {
        var r = await RunAsync("run", (variable, value));

        ShouldStopNaming(r, key);
    }

    [Theory]
    [InlineData("Sources__MinimumInterval", "00:00:00", "Sources:MinimumInterval")]
    [InlineData("Sources__Feeds__0__Url", "https://feeds.example.org/rss", "Sources:Feeds:0:Interval", "Sources__Feeds__0__Interval", "-00:10:00")]
    public async Task A_bad_sources_setting_stops_the_sources_verbs_too(string variable, string value, string key, string? variable2 = null, string? value2 = null)
    {
        var env = new Dictionary<string, string> { [variable] = value };
        if (variable2 is not null) env[variable2] = value2!;

        var r = await CliRunner.RunAsync(["--db", _db, "sources", "add", "https://news.example.org/rss.xml"], env: env);

        ShouldStopNaming(r, key);
    }

    [Fact]
    public async Task A_webhook_without_its_secret_is_refused_naming_the_secret_key()
    {
        var r = await RunAsync("run", ("Telegram__Webhook__Url", "https://bot.example.org/hook"));

        ShouldStopNaming(r, "Telegram:Webhook:SecretToken");
    }

    [Fact]
    public async Task A_folder_given_as_the_store_is_refused_naming_the_key()
    {
        using var folder = new TempFolder();

        var r = await CliRunner.RunAsync(["ask", "What was the trade turnover in 2024?"], env: new Dictionary<string, string> { ["Knowledge__DbPath"] = folder.Path });

        ShouldStopNaming(r, "Knowledge:DbPath");
    }

    [Fact]
    public async Task A_bad_answering_setting_stops_ask_too()
    {
        var r = await RunAsync("ask", ("Answering__MaxQuestionChars", "-1"));

        ShouldStopNaming(r, "Answering:MaxQuestionChars");
    }

    [Fact]
    public async Task A_bad_telegram_setting_does_not_stop_the_offline_verbs()
    {
        var r = await RunAsync("ask", ("Alerts__GlobalPerSecond", "0"), ("Telegram__BotToken", ""));

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("375");
    }

    public void Dispose()
    {
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
    }
}
