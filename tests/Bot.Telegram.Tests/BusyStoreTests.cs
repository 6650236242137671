using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;

namespace Bot.Telegram.Tests;

/// <summary>
/// Another process holding the store's write lock longer than the busy timeout (an `ingest`, a backup): the user's
/// message is not dropped — they are told to wait, and answered once the store is free.
/// </summary>
public sealed class BusyStoreTests
{
    [Fact]
    public async Task A_question_that_meets_a_locked_store_is_answered_when_the_lock_is_released()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 1301;
        using var writer = new SQLite.SQLiteConnection(bot.DbPath);
        writer.Execute("BEGIN IMMEDIATE");

        bot.Simulator.InjectMessage(chat, chat, "What was the trade turnover in 2024?", "ru");
        var notice = await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat, 1, TimeSpan.FromSeconds(90));
        writer.Execute("COMMIT");
        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat, 2, TimeSpan.FromSeconds(90));

        notice[0].PlainText.ShouldBe(BotTexts.Get("ru", "store_busy"));
        sent[1].PlainText.ShouldContain("375");
        bot.Logs.All.ShouldContain("The store is busy; update");
        bot.Logs.All.ShouldNotContain("skipping it");
    }

    [Fact]
    public async Task A_button_pressed_while_the_store_is_locked_takes_effect_once_the_lock_is_released_and_is_answered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 1303;
        var menu = await bot.SendAsync(chat, "/lang");
        using var writer = new SQLite.SQLiteConnection(bot.DbPath);
        writer.Execute("BEGIN IMMEDIATE");

        var press = bot.Simulator.InjectCallbackQuery(chat, chat, menu.MessageId, "lang:bg");
        var notice = await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat, 2, TimeSpan.FromSeconds(90));
        writer.Execute("COMMIT");
        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat, 3, TimeSpan.FromSeconds(90));

        notice[1].PlainText.ShouldBe(BotTexts.Get("en", "store_busy"));
        sent[2].PlainText.ShouldBe(BotTexts.Get("bg", "lang_set"));
        using var store = bot.OpenStore();
        store.Chats.Get(chat)!.Language.ShouldBe("bg");
        // The attempt that met the lock did not answer the button: only the one that did its work.
        await bot.Simulator.WaitForCallbackAnswersAsync(a => a.CallbackQueryId == press.CallbackQueryId, 1, TimeSpan.FromSeconds(10));
        bot.Simulator.CallbackAnswers.Count(a => a.CallbackQueryId == press.CallbackQueryId).ShouldBe(1);
        bot.Logs.All.ShouldContain($"The store is busy; update {press.UpdateId}");
    }

    [Fact]
    public async Task A_store_locked_past_every_retry_does_not_stop_the_bot()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 1302;
        using (var writer = new SQLite.SQLiteConnection(bot.DbPath))
        {
            writer.Execute("BEGIN IMMEDIATE");
            bot.Simulator.InjectMessage(chat, chat, "What was the trade turnover in 2024?", "en");
            var notices = await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat, 2, TimeSpan.FromSeconds(240));
            notices[1].PlainText.ShouldBe(BotTexts.Get("en", "store_busy_gave_up"));
            // Still locked while the handled update is recorded: that write meets the lock too.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!bot.Logs.All.Contains("recording update") && DateTime.UtcNow < deadline) await Task.Delay(100);
            bot.Logs.All.ShouldContain("recording update");
            writer.Execute("COMMIT");
        }

        bot.Simulator.InjectMessage(chat, chat, "What was the trade turnover in 2024?", "en");
        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat, 3, TimeSpan.FromSeconds(120));
        sent[2].PlainText.ShouldContain("375");
    }
}
