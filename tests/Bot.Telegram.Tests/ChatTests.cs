using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TestKit;
using Bot.TelegramSimulator;

namespace Bot.Telegram.Tests;

/// <summary>What a user sees in a private chat and in a group, through the real worker and the simulated Bot API.</summary>
public sealed class ChatTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("bg")]
    [InlineData("kk")]
    public async Task Start_greets_in_the_users_language_with_example_questions_as_buttons(string lang)
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.SendAsync(101, "/start", lang);

        reply.PlainText.ShouldBe(BotTexts.Get(lang, "start"));
        reply.InlineButtons.Select(b => b.Text).ShouldBe(BotTexts.Examples(lang));
    }

    [Fact]
    public async Task A_question_is_answered_with_its_sources_as_links()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.SendAsync(102, "What memoranda were signed in Astana on 9 June 2025?");

        reply.ParseMode.ShouldBe("HTML", StringCompareShould.IgnoreCase);
        reply.PlainText.ShouldContain("Shymkent");
        reply.PlainText.ShouldContain("Plovdiv");
        reply.Text.ShouldContain("<a href=\"http");
    }

    [Fact]
    public async Task A_russian_question_is_answered_in_russian()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.SendAsync(103, "Какой был товарооборот в 2024 году?", lang: "en");

        reply.PlainText.ShouldContain("375");
        reply.PlainText.ShouldMatch("[А-Яа-я]{4,}");
    }

    [Fact]
    public async Task In_a_group_the_bot_answers_only_when_addressed()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -500;

        bot.Simulator.InjectMessage(group, 201, "What was the trade turnover in 2024?", chatType: "supergroup");
        var addressed = await bot.SendAsync(group, $"/ask@{bot.Simulator.BotUsername} What was the trade turnover in 2024?", userId: 202, chatType: "supergroup");

        addressed.PlainText.ShouldContain("375");
        bot.Simulator.Sent.Count(m => m.ChatId == group).ShouldBe(1);
        addressed.ReplyToMessageId.ShouldNotBeNull();
    }

    [Fact]
    public async Task In_a_group_the_menus_plain_commands_are_answered_and_other_bots_commands_are_not()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -510;
        bot.Simulator.SetMemberStatus(group, 511, "administrator");

        bot.Simulator.InjectMessage(group, 511, "/weather", chatType: "supergroup");
        bot.Simulator.InjectMessage(group, 511, "/help@another_bot", chatType: "supergroup");
        var agreements = await bot.SendAsync(group, "/agreements", userId: 511, chatType: "supergroup");
        var subscribed = await bot.SendAsync(group, "/subscribe", userId: 511, chatType: "supergroup");

        agreements.HasInlineKeyboard.ShouldBeTrue();
        subscribed.PlainText.ShouldBe(BotTexts.Get("en", "subscribed_all"));
        bot.Simulator.Sent.Count(m => m.ChatId == group).ShouldBe(2, "one reply to each of the bot's commands, none to the others");
    }

    [Fact]
    public async Task In_a_group_the_bot_answers_only_when_addressed_even_after_a_plain_command()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -520;

        await bot.SendAsync(group, "/help", userId: 521, chatType: "supergroup");
        bot.Simulator.InjectMessage(group, 521, "What was the trade turnover in 2024?", chatType: "supergroup");
        var addressed = await bot.SendAsync(group, $"/ask@{bot.Simulator.BotUsername} What was the trade turnover in 2024?", userId: 522, chatType: "supergroup");

        addressed.PlainText.ShouldContain("375");
        bot.Simulator.Sent.Count(m => m.ChatId == group).ShouldBe(2);
    }

    [Fact]
    public async Task In_a_group_a_reply_to_the_bot_is_answered()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -501;
        var first = await bot.SendAsync(group, $"/ask@{bot.Simulator.BotUsername} What was the trade turnover in 2024?", userId: 203, chatType: "supergroup");

        bot.Simulator.InjectMessage(group, 203, "and in 2023?", chatType: "supergroup", replyToBotMessageId: first.MessageId);
        var sent = await bot.Simulator.WaitForSentAsync(m => m.ChatId == group, 2, TimeSpan.FromSeconds(20));

        sent[1].PlainText.ShouldContain("2023");
    }

    [Fact]
    public async Task A_flooding_user_gets_a_polite_message_instead_of_answers()
    {
        await using var bot = await BotHarness.StartAsync(s => s["Telegram:QuestionsPerMinute"] = "2");

        await bot.SendAsync(104, "What was the trade turnover in 2024?");
        await bot.SendAsync(104, "What was the trade turnover in 2023?");
        var third = await bot.SendAsync(104, "What was the trade turnover in 2022?");

        third.PlainText.ShouldBe(BotTexts.Get("en", "flood", 2));
    }

    [Fact]
    public async Task A_hostile_huge_message_gets_a_polite_refusal_and_the_bot_keeps_answering()
    {
        await using var bot = await BotHarness.StartAsync();

        var refusal = await bot.SendAsync(105, "\"; DROP TABLE documents; -- <b>" + new string('x', 4000));
        var next = await bot.SendAsync(105, "What was the trade turnover in 2024?");

        refusal.PlainText.ShouldNotContain("Exception");
        refusal.PlainText.Length.ShouldBeLessThan(1000);
        next.PlainText.ShouldContain("375");
    }

    [Fact]
    public async Task Telegram_flood_control_on_a_reply_is_waited_out_and_the_answer_still_arrives()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Simulator.Faults.FailNext("sendMessage", 1, SimulatedError.TooManyRequests(1));

        var reply = await bot.SendAsync(106, "What was the trade turnover in 2024?");

        reply.PlainText.ShouldContain("375");
        bot.Simulator.Count429.ShouldBe(1);
    }

    [Fact]
    public async Task An_example_button_is_answered_and_the_callback_is_acknowledged()
    {
        await using var bot = await BotHarness.StartAsync();
        var start = await bot.SendAsync(107, "/start");
        var button = start.InlineButtons[0];

        bot.Simulator.InjectCallbackQuery(107, 107, start.MessageId, button.CallbackData!);
        var answers = await bot.Simulator.WaitForSentAsync(m => m.ChatId == 107, 2, TimeSpan.FromSeconds(20));
        await bot.Simulator.WaitForCallbackAnswersAsync(count: 1);

        answers[1].PlainText.ShouldNotBe(BotTexts.Get("en", "error"));
        answers[1].Text.ShouldContain("<a href=");
    }

    [Fact]
    public async Task Lang_switches_the_language_of_later_replies()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(108, "/lang bg");
        var help = await bot.SendAsync(108, "/help");

        help.PlainText.ShouldBe(BotTexts.Get("bg", "help"));
    }

    [Fact]
    public async Task Sources_lists_the_sources_of_the_last_answer()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(109, "What was the trade turnover in 2024?");

        var sources = await bot.SendAsync(109, "/sources");

        sources.Text.ShouldContain("<a href=\"http");
    }

    [Fact]
    public async Task Trade_sends_the_figures_and_a_png_chart()
    {
        await using var bot = await BotHarness.StartAsync();

        var text = await bot.SendAsync(110, "/trade");
        var photos = await bot.Simulator.WaitForPhotosAsync(p => p.ChatId == 110);

        text.PlainText.ShouldContain("2024");
        photos[0].Content.Span[..4].ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        photos[0].MessageId.ShouldBeGreaterThan(text.MessageId, "the figures come first, the chart after them");
    }

    [Fact]
    public async Task Trade_still_answers_with_the_figures_when_the_bot_api_has_no_sendPhoto()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Simulator.Faults.FailNext("sendPhoto", 1, new SimulatedError(404, "Not Found"));

        var text = await bot.SendAsync(120, "/trade");
        await Eventually.TrueAsync(() => bot.Logs.All.Contains("Sending a chart to chat 120 failed", StringComparison.Ordinal));
        var next = await bot.SendAsync(120, "/help");

        text.PlainText.ShouldContain("2024");
        bot.Simulator.Photos.ShouldNotContain(p => p.ChatId == 120);
        next.PlainText.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Agreements_are_paged_with_buttons_that_edit_the_message()
    {
        await using var bot = await BotHarness.StartAsync();
        var first = await bot.SendAsync(111, "/agreements");
        var next = first.InlineButtons.Single(b => b.Text == BotTexts.Get("en", "next"));

        bot.Simulator.InjectCallbackQuery(111, 111, first.MessageId, next.CallbackData!);
        var edits = await bot.Simulator.WaitForEditsAsync(e => e.ChatId == 111);

        edits[0].Text.ShouldNotBe(first.Text);
        edits[0].Text.ShouldContain("6");
    }

    [Fact]
    public async Task Admin_commands_are_refused_politely_to_everyone_else()
    {
        await using var bot = await BotHarness.StartAsync();

        var refused = await bot.SendAsync(112, "/stats");
        var stats = await bot.SendAsync(BotHarness.AdminId, "/stats");

        refused.PlainText.ShouldBe(BotTexts.Get("en", "not_admin"));
        stats.PlainText.ShouldStartWith(BotTexts.Get("en", "stats").Split(':')[0]);
    }

    [Fact]
    public async Task Stats_count_today_s_questions_by_outcome_and_list_what_found_no_answer()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(121, "What memoranda were signed in Astana on 9 June 2025?");
        await bot.SendAsync(122, "Zqxv wrblt plonk frobnicated?");
        await bot.SendAsync(123, "zqxv WRBLT plonk frobnicated?");
        await bot.SendAsync(123, "/subscribe");

        var stats = (await bot.SendAsync(BotHarness.AdminId, "/stats")).PlainText;

        stats.ShouldContain("Users: 4, groups: 0");
        stats.ShouldContain("Subscribers: 1 (1 subscriptions)");
        stats.ShouldContain("Questions today: 1 answered, 2 not found, 0 refused");
        stats.ShouldContain("Last 7 days: 1 answered, 2 not found, 0 refused");
        // The offline answerer made all three (the harness has no model); how fast is the machine's business.
        stats.ShouldContain(BotTexts.Get("en", "stats_modes", 3, 0, 0, 0));
        stats.ShouldContain("Answer time, last 7 days: median ");
        stats.ShouldContain("Last feed poll: never");
        stats.ShouldContain(BotTexts.Get("en", "stats_unanswered_title"));
        stats.ShouldContain("2× “Zqxv wrblt plonk frobnicated?”", Case.Insensitive);
        stats.ShouldNotContain("Astana on 9 June");
    }

    [Fact]
    public async Task Stats_read_in_the_admin_s_language()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(BotHarness.AdminId, "/lang kk");

        var stats = (await bot.SendAsync(BotHarness.AdminId, "/stats")).PlainText;

        stats.ShouldStartWith(BotTexts.Get("kk", "stats").Split(':')[0]);
        stats.ShouldContain(BotTexts.Get("kk", "stats_unanswered_none"));
    }

    [Fact]
    public async Task Command_menus_are_registered_per_language_and_per_scope()
    {
        await using var bot = await BotHarness.StartAsync();

        foreach (var lang in new[] { "ru", "bg", "kk" })
        {
            bot.Simulator.CommandsFor(lang, "all_private_chats").Select(c => c.Description).ShouldContain(BotTexts.Get(lang, "cmd.subscribe"));
            bot.Simulator.CommandsFor(lang, "all_group_chats").Select(c => c.Command).ShouldContain("ask");
        }
        bot.Simulator.CommandsFor("", "all_private_chats").Select(c => c.Command).ShouldContain("start");
    }

    [Fact]
    public async Task A_typing_indicator_is_shown_while_an_answer_is_made()
    {
        await using var bot = await BotHarness.StartAsync(s => s["Telegram:TypingDelay"] = "00:00:00");

        await bot.SendAsync(113, "What was the trade turnover in 2024?");

        bot.Simulator.ChatActions.ShouldContain(a => a.ChatId == 113 && a.Action == "typing");
    }

    [Fact]
    public async Task Messages_of_one_chat_are_answered_in_order_while_other_chats_are_answered_alongside()
    {
        await using var bot = await BotHarness.StartAsync();
        string[] years = ["2021", "2022", "2023", "2024"];

        foreach (var year in years)
        {
            bot.Simulator.InjectMessage(114, 114, $"What was the trade turnover in {year}?");
            bot.Simulator.InjectMessage(115, 115, "/help");
        }
        var replies = await bot.Simulator.WaitForSentAsync(m => m.ChatId == 114, years.Length, TimeSpan.FromSeconds(20));
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 115, years.Length, TimeSpan.FromSeconds(20));

        // Each answer names its own year first (later it may compare with the year before).
        replies.Select(r => years.Where(y => r.PlainText.Contains(y, StringComparison.Ordinal)).MinBy(y => r.PlainText.IndexOf(y, StringComparison.Ordinal)))
            .ShouldBe(years);
    }
}
