using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator.Html;
using Bot.TestKit.Hostile;
using Xunit.Abstractions;

namespace Bot.Telegram.Tests.Hostile;

/// <summary>Hostile questions from many chats at once, through the real worker and the simulated Bot API.</summary>
public sealed class HostileChatTests(ITestOutputHelper output)
{
    /// <summary>Every kind of hostile question the generator makes (it cycles through ten), a hundred times each.</summary>
    const int Questions = 1_000;
    const int Chats = 50;
    static readonly string[] Languages = ["en", "ru", "bg", "kk"];

    [Fact]
    public async Task A_thousand_hostile_questions_from_many_chats_are_each_answered_once_in_valid_Telegram_HTML()
    {
        await using var bot = await BotHarness.StartAsync(s => s["Telegram:QuestionsPerMinute"] = "1000");
        var questions = HostileQuestions.Generate(Questions, seed: 100);
        var asked = new HashSet<(long Chat, int MessageId)>();
        // All queued before the worker's next poll can end, so they come in batches of a hundred, as a backlog would.
        for (var i = 0; i < questions.Count; i++)
        {
            // Groups, so each answer replies to its question and can be matched to it.
            var chat = -2_000_000L - i % Chats;
            var injected = bot.Simulator.InjectMessage(chat, 3_000 + i % Chats, $"/ask@{bot.Simulator.BotUsername} {questions[i]}",
                Languages[i % Languages.Length], chatType: "supergroup");
            asked.Add((chat, injected.MessageId));
        }

        var chats = asked.Select(a => a.Chat).ToHashSet();
        // The first part of each answer replies to its question; later parts of a long answer do not.
        // A deadline for a hung worker, not a performance bound.
        var answers = await bot.Simulator.WaitForSentAsync(m => chats.Contains(m.ChatId) && m.ReplyToMessageId is not null, asked.Count, TimeSpan.FromMinutes(5));

        answers.Select(m => (m.ChatId, m.ReplyToMessageId!.Value)).ToHashSet().SetEquals(asked).ShouldBeTrue("each question answered, none twice");
        var sent = bot.Simulator.Sent.Where(m => chats.Contains(m.ChatId)).ToList();
        sent.Count(m => m.ReplyToMessageId is not null).ShouldBe(asked.Count);
        sent.ShouldAllBe(m => string.Equals(m.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase), "no reply had to be resent as plain text");
        sent.ShouldAllBe(m => TelegramHtml.Parse(m.Text).IsValid && m.Text.Length <= 4096);
        var failures = Languages.Select(l => BotTexts.Get(l, "error")).ToHashSet();
        sent.ShouldNotContain(m => failures.Contains(m.Text), "no question answered with the apology for a failure");
        bot.Logs.Lines.ShouldNotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        sent.ShouldNotContain(m => m.Text.Contains("   at ", StringComparison.Ordinal), "no stack trace reaches a chat");
        // The stack of a failure belongs at Debug; nothing above it carries one.
        bot.Logs.Lines.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal))
            .ShouldNotContain(l => l.Contains("   at ", StringComparison.Ordinal));
        output.WriteLine($"{asked.Count} questions from {chats.Count} chats: {sent.Count} messages sent, {bot.Simulator.CallCount("getUpdates")} polls");
    }
}
