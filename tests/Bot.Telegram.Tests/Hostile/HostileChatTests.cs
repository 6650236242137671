using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator.Html;
using Bot.TestKit.Hostile;
using Xunit.Abstractions;

namespace Bot.Telegram.Tests.Hostile;

/// <summary>Hostile questions from many chats at once, through the real worker and the simulated Bot API.</summary>
public sealed class HostileChatTests(ITestOutputHelper output)
{
    /// <summary>Every kind of hostile question the generator makes (it cycles through ten), twenty times each.</summary>
    const int Questions = 200;
    const int Chats = 20;

    [Fact]
    public async Task Hostile_questions_from_many_chats_are_each_answered_once_in_valid_Telegram_HTML()
    {
        await using var bot = await BotHarness.StartAsync(s => s["Telegram:QuestionsPerMinute"] = "1000");
        var questions = HostileQuestions.Generate(Questions, seed: 100);
        var asked = new HashSet<(long Chat, int MessageId)>();
        for (var i = 0; i < questions.Count; i++)
        {
            // Groups, so each answer replies to its question and can be matched to it.
            var chat = -2_000_000L - i % Chats;
            var injected = bot.Simulator.InjectMessage(chat, 3_000 + i % Chats, $"/ask@{bot.Simulator.BotUsername} {questions[i]}", chatType: "supergroup");
            asked.Add((chat, injected.MessageId));
        }

        var chats = asked.Select(a => a.Chat).ToHashSet();
        // The first part of each answer replies to its question; later parts of a long answer do not.
        var answers = await bot.Simulator.WaitForSentAsync(m => chats.Contains(m.ChatId) && m.ReplyToMessageId is not null, asked.Count, TimeSpan.FromMinutes(5));

        answers.Select(m => (m.ChatId, m.ReplyToMessageId!.Value)).ToHashSet().SetEquals(asked).ShouldBeTrue("each question answered, none twice");
        var sent = bot.Simulator.Sent.Where(m => chats.Contains(m.ChatId)).ToList();
        sent.Count(m => m.ReplyToMessageId is not null).ShouldBe(asked.Count);
        sent.ShouldAllBe(m => string.Equals(m.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase), "no reply had to be resent as plain text");
        sent.ShouldAllBe(m => TelegramHtml.Parse(m.Text).IsValid && m.Text.Length <= 4096);
        bot.Logs.Lines.ShouldNotContain(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        output.WriteLine($"{asked.Count} questions from {chats.Count} chats: {sent.Count} messages sent");
    }
}
