using System.Text;
using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator.Updates;

namespace Bot.Telegram.Tests;

/// <summary>An administrator's upload whose file name could not safely become a path gets a clear reply, in their language.</summary>
public sealed class UploadNameTests
{
    public static TheoryData<string, string> BadNames => new()
    {
        { "..", "en" },
        { ".", "ru" },
        { "../../etc/passwd.md", "bg" },
        { new string('я', 300) + ".md", "kk" },
        { "report\0.md", "en" },
        { "re\u202Eport.md", "en" },
        { "line\nbreak.txt", "ru" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_bad_upload_name_is_refused_with_a_localized_reply(string name, string lang)
    {
        await using var bot = await BotHarness.StartAsync();
        var before = bot.Simulator.Sent.Count(m => m.ChatId == BotHarness.AdminId);
        var document = new TestDocument(Encoding.UTF8.GetBytes("# Title\n\nText."), name, "text/markdown");

        bot.Simulator.InjectMessage(BotHarness.AdminId, BotHarness.AdminId, "/ingest", lang, document: document);
        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == BotHarness.AdminId, before + 1, TimeSpan.FromSeconds(60));

        sent[^1].PlainText.ShouldBe(BotTexts.Get(lang, "ingest_bad_name", Bot.Telegram.Commands.UploadName.MaxChars));
        bot.Logs.All.ShouldNotContain("could not be handled");
    }
}
