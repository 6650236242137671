using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Knowledge.Chats;
using Bot.Telegram.Conversation;
using Bot.Telegram.Limits;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Commands;

/// <summary>
/// Answers a chat question through the same pipeline as `ask`, within the user's flood limit, with "typing…" shown
/// while a slow answer is made, and remembers the answer's sources for /sources and how it was answered for /stats.
/// </summary>
public sealed class QuestionService(
    IQuestionAnswerer answerer, FloodLimiter flood, Counters counters, QuestionLog questions, LastAnswers lastAnswers,
    ITelegramBotClient bot, TimeProvider clock, IOptions<TelegramOptions> options, ILogger<QuestionService> logger)
{
    public async Task<Reply> AnswerAsync(HandlerContext ctx, string question, CancellationToken ct)
    {
        if (question.Trim().Length == 0) return Reply.Text(Html.Escape(Answering.Localization.Texts.Get(ctx.Lang, "empty_question")));
        var perMinute = options.Value.QuestionsPerMinute;
        if (!flood.TryAcquire(ctx.Message.UserId)) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "flood", perMinute)));
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var indicator = KeepTypingAsync(ctx.ChatId, typing.Token);
        var started = clock.GetTimestamp();
        Answer answer;
        try
        {
            answer = await answerer.AnswerAsync(question, ctx.Lang, ConversationStates.For(ctx.ChatId), ct);
        }
        finally
        {
            await typing.CancelAsync();
            await indicator;
        }
        if (answer.Kind != AnswerKind.Refused) counters.Increment("questions_answered");
        var latency = clock.GetElapsedTime(started);
        questions.Record(ctx.Lang, answer.Kind switch
        {
            AnswerKind.NotFound => QuestionLog.NotFound,
            AnswerKind.Refused => QuestionLog.Refused,
            _ => QuestionLog.Answered,
        }, ModeOf(answer), latency, question);
        if (answer.Citations.Count > 0) lastAnswers.Save(ctx.ChatId, question, answer.Citations);
        return Reply.Text(AnswerRenderer.Render(answer)) with { ReplyToMessageId = ctx.Message.IsGroup ? ctx.Message.MessageId : null };
    }

    static string ModeOf(Answer answer) =>
        answer.Kind == AnswerKind.Refused ? AnswerModes.Refused
        : answer.Mode == Answer.Llm ? AnswerModes.Llm
        : answer.FallbackReason is not null ? AnswerModes.Fallback
        : AnswerModes.Extractive;

    /// <summary>"typing…" every 4 s while a slow answer is being made; a failure here must never affect the answer.</summary>
    async Task KeepTypingAsync(long chatId, CancellationToken ct)
    {
        try
        {
            await Task.Delay(options.Value.TypingDelay, ct);
            while (!ct.IsCancellationRequested)
            {
                // Not cancelled with the answer: a request cut off mid-flight tells the user nothing either way.
                using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
                    await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: timeout.Token);
                await Task.Delay(TimeSpan.FromSeconds(4), ct);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (e is not OperationCanceledException) logger.LogDebug(e, "Typing indicator failed in chat {ChatId}", chatId);
        }
    }
}
