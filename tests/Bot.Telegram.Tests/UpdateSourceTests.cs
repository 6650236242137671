using Bot.TestKit;
using System.Net;
using System.Text;
using Bot.Telegram.Rendering;
using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Telegram.Tests;

/// <summary>How updates reach the bot: polling across restarts, the webhook, and what goes back out.</summary>
public sealed class UpdateSourceTests
{
    [Fact]
    public async Task Messages_sent_while_the_bot_was_down_are_each_answered_once_after_restart()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(401, "/help");
        await bot.StopBotAsync();

        bot.Simulator.InjectMessage(401, 401, "What was the trade turnover in 2024?");
        bot.Simulator.InjectMessage(402, 402, "What was the trade turnover in 2023?");
        await bot.StartBotAsync();
        await bot.Simulator.WaitForSentAsync(m => m.ChatId is 401 or 402, 3, TimeSpan.FromSeconds(20));
        await bot.StopBotAsync();
        await bot.StartBotAsync();
        await bot.Simulator.WaitForCallsAsync("getUpdates", bot.Simulator.CallCount("getUpdates") + 1);

        bot.Simulator.Sent.Count(m => m.ChatId == 401).ShouldBe(2, string.Join("\n---\n", bot.Simulator.Sent.Select(m => $"{m.ChatId}: {m.PlainText[..Math.Min(80, m.PlainText.Length)]}")));
        bot.Simulator.Sent.Count(m => m.ChatId == 402).ShouldBe(1);
        bot.Simulator.Sent.Single(m => m.ChatId == 402).PlainText.ShouldContain("2023");
    }

    [Fact]
    public async Task The_bot_rides_out_a_Bot_API_outage_and_answers_afterwards()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Simulator.StopAsync();
        await Eventually.TrueAsync(() => bot.Logs.All.Contains("getUpdates failed", StringComparison.Ordinal), "a failed poll");
        bot.Simulator.InjectMessage(403, 403, "What was the trade turnover in 2024?");
        await bot.Simulator.RestartAsync();

        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == 403, 1, TimeSpan.FromSeconds(40));

        sent[0].PlainText.ShouldContain("375");
        bot.Logs.All.ShouldContain("getUpdates failed");
    }

    [Fact]
    public async Task A_webhook_update_is_answered_and_one_without_the_secret_is_refused()
    {
        var port = ListenPort.Free();
        await using var bot = await BotHarness.StartAsync(s => Webhook(s, port, "/telegram/hook", "s3cret-Token_1"));
        await Eventually.TrueAsync(() => bot.Simulator.WebhookUrl is not null);

        bot.Simulator.InjectMessage(404, 404, "What was the trade turnover in 2024?");
        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == 404, 1, TimeSpan.FromSeconds(20));
        using var http = new HttpClient();
        var forged = await http.PostAsync($"http://127.0.0.1:{port}/telegram/hook",
            new StringContent("""{"update_id": 999, "message": {"message_id": 1, "date": 1, "chat": {"id": 405, "type": "private"}, "from": {"id": 405, "is_bot": false, "first_name": "X"}, "text": "/start"}}""", Encoding.UTF8, "application/json"));

        sent[0].PlainText.ShouldContain("375");
        bot.Simulator.WebhookSecretToken.ShouldBe("s3cret-Token_1");
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Updates are handled in the order they arrive: once a later one is answered, the forged one would have been too.
        bot.Simulator.InjectMessage(404, 404, "/help");
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 404, 2, TimeSpan.FromSeconds(20));
        bot.Simulator.Sent.ShouldNotContain(m => m.ChatId == 405);
        bot.Simulator.CallCount("getUpdates").ShouldBe(0);
    }

    [Fact]
    public async Task A_webhook_update_delivered_twice_is_answered_once()
    {
        var port = ListenPort.Free();
        await using var bot = await BotHarness.StartAsync(s => Webhook(s, port, "/hook", "abc"));
        await Eventually.TrueAsync(() => bot.Simulator.WebhookUrl is not null);
        var update = """{"update_id": 7001, "message": {"message_id": 1, "date": 1, "chat": {"id": 406, "type": "private"}, "from": {"id": 406, "is_bot": false, "first_name": "X", "language_code": "en"}, "text": "/help"}}""";
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Telegram-Bot-Api-Secret-Token", "abc");

        for (var i = 0; i < 2; i++)
            (await http.PostAsync($"http://127.0.0.1:{port}/hook", new StringContent(update, Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A later update, answered only after the copies ahead of it were dealt with.
        (await http.PostAsync($"http://127.0.0.1:{port}/hook", new StringContent(update.Replace("7001", "7002", StringComparison.Ordinal), Encoding.UTF8, "application/json")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 406, 2, TimeSpan.FromSeconds(20));

        bot.Simulator.Sent.Count(m => m.ChatId == 406).ShouldBe(2);
    }

    [Fact]
    public async Task A_webhook_body_over_the_limit_gets_413_without_an_error_log_even_when_chunked()
    {
        var port = ListenPort.Free();
        await using var bot = await BotHarness.StartAsync(s => Webhook(s, port, "/hook", "abc"));
        await Eventually.TrueAsync(() => bot.Simulator.WebhookUrl is not null);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Telegram-Bot-Api-Secret-Token", "abc");
        var body = "{\"update_id\": 7100, \"message\": {\"text\": \"" + new string('x', 2 * 1024 * 1024) + "\"}}";
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new("application/json");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/hook") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        bot.Logs.Lines.ShouldNotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        // The server may note the refused request at Debug; what an operator sees (Information and up) has no stack.
        bot.Logs.Lines.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal))
            .ShouldNotContain(l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_webhook_update_gets_400_and_one_log_line()
    {
        var port = ListenPort.Free();
        await using var bot = await BotHarness.StartAsync(s => Webhook(s, port, "/hook", "abc"));
        await Eventually.TrueAsync(() => bot.Simulator.WebhookUrl is not null);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Telegram-Bot-Api-Secret-Token", "abc");

        var response = await http.PostAsync($"http://127.0.0.1:{port}/hook", new StringContent("{\"update_id\": 7200, \"message\": {not json", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bot.Logs.Lines.Count(l => l.Contains("malformed", StringComparison.OrdinalIgnoreCase)).ShouldBe(1, bot.Logs.All);
        bot.Logs.Lines.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal))
            .ShouldNotContain(l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_answer_is_split_at_paragraphs_with_balanced_tags_and_nothing_lost()
    {
        await using var bot = await BotHarness.StartAsync();
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"<b>Point {i}</b>: {Html.Escape($"Kazakhstan & Bulgaria <cooperation> item {i}. ")}{new string('x', 120)}").ToList();
        var html = "<i>" + string.Join("\n\n", paragraphs) + "</i>";

        await bot.Services.GetRequiredService<ReplySender>().SendAsync(407, Reply.Text(html), CancellationToken.None);

        var parts = bot.Simulator.Sent.Where(m => m.ChatId == 407).ToList();
        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => p.Text.Length <= 4096);
        string.Concat(parts.Select(p => p.PlainText.Trim() + "\n\n")).Trim().ShouldBe(Html.ToPlain(html).Trim());
    }

    [Fact]
    public async Task Html_that_Telegram_cannot_parse_is_resent_as_plain_text()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Services.GetRequiredService<ReplySender>().SendAsync(408, Reply.Text("Trade <b>grew <i>fast</b></i>"), CancellationToken.None);

        bot.Simulator.Sent.Single(m => m.ChatId == 408).Text.ShouldBe("Trade grew fast");
    }

    static void Webhook(Dictionary<string, string?> settings, int port, string path, string secret)
    {
        settings["Telegram:Webhook:Url"] = $"http://127.0.0.1:{port}{path}";
        settings["Telegram:Webhook:ListenUrl"] = $"http://127.0.0.1:{port}";
        settings["Telegram:Webhook:SecretToken"] = secret;
    }
}
