using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.TelegramSimulator.Tests;

/// <summary>The ways of calling the Bot API other than Telegram.Bot's JSON, as curl or another library would.</summary>
public sealed class RawHttpTests
{
    [Fact]
    public async Task A_query_string_call_works()
    {
        await using var bot = await BotApiSimulator.StartAsync();
        using var http = new HttpClient();

        var (status, body) = await CallAsync(http, bot, "sendMessage?chat_id=42&text=hi%20there", content: null);

        status.ShouldBe(HttpStatusCode.OK);
        body["result"]!["text"]!.GetValue<string>().ShouldBe("hi there");
        bot.Sent.ShouldHaveSingleItem().ChatId.ShouldBe(42);
    }

    [Fact]
    public async Task A_form_encoded_call_works()
    {
        await using var bot = await BotApiSimulator.StartAsync();
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent([new("chat_id", "42"), new("text", "<b>form</b>"), new("parse_mode", "HTML")]);

        var (status, _) = await CallAsync(http, bot, "sendMessage", form);

        status.ShouldBe(HttpStatusCode.OK);
        bot.Sent.ShouldHaveSingleItem().PlainText.ShouldBe("form");
    }

    [Fact]
    public async Task An_empty_JSON_body_is_a_call_without_parameters()
    {
        await using var bot = await BotApiSimulator.StartAsync();
        using var http = new HttpClient();
        using var empty = new StringContent(string.Empty, Encoding.UTF8, "application/json");

        var (status, body) = await CallAsync(http, bot, "getMe", empty);

        status.ShouldBe(HttpStatusCode.OK);
        body["result"]!["id"]!.GetValue<long>().ShouldBe(bot.BotId);
    }

    [Theory]
    [InlineData("{\"chat_id\":42,\"text\":\"x\",\"reply_parameters\":{\"message_id\":\"seven\"}}")]
    [InlineData("{\"chat_id\":42,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"b\",\"callback_data\":5}]]}}")]
    [InlineData("{\"chat_id\":42,\"text\":\"x\",\"reply_markup\":\"{not json\"}")]
    [InlineData("{\"chat_id\":\"@somechannel\",\"text\":\"x\"}")]
    [InlineData("[1,2]")]
    [InlineData("{\"chat_id\":42,")]
    public async Task Malformed_parameters_get_a_400_envelope_not_a_server_error(string json)
    {
        await using var bot = await BotApiSimulator.StartAsync();
        using var http = new HttpClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var (status, body) = await CallAsync(http, bot, "sendMessage", content);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body["ok"]!.GetValue<bool>().ShouldBeFalse();
        body["error_code"]!.GetValue<int>().ShouldBe(400);
        body["description"]!.GetValue<string>().ShouldStartWith("Bad Request: ");
        bot.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_method_gets_404_Not_Found()
    {
        await using var bot = await BotApiSimulator.StartAsync();
        using var http = new HttpClient();

        var (status, body) = await CallAsync(http, bot, "sendTelepathy", content: null);

        status.ShouldBe(HttpStatusCode.NotFound);
        body["description"]!.GetValue<string>().ShouldBe("Not Found");
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> CallAsync(HttpClient http, BotApiSimulator bot, string method, HttpContent? content)
    {
        var url = new Uri($"{bot.BaseUrl}/bot{bot.Token}/{method}");
        using var response = content is null ? await http.GetAsync(url) : await http.PostAsync(url, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body"));
    }
}
