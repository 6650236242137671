using System.Text.Json;
using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Telegram.Conversation;
using Bot.Telegram.Limits;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Commands;

/// <summary>Answers a chat question through the same pipeline as `ask`, within the user's flood limit, and remembers its sources.</summary>
public sealed class QuestionService(IQuestionAnswerer answerer, ConversationStates conversations, FloodLimiter flood, IOptions<TelegramOptions> options)
{
    public async Task<Reply> AnswerAsync(HandlerContext ctx, string question, CancellationToken ct)
    {
        var perMinute = options.Value.QuestionsPerMinute;
        if (!flood.TryAcquire(ctx.Message.UserId, perMinute)) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "flood", perMinute)));
        var answer = await answerer.AnswerAsync(question, ctx.Lang, conversations.For(ctx.ChatId), ct);
        if (answer.Kind != AnswerKind.Refused) ctx.Store.Counters.Increment("questions_answered");
        if (answer.Citations.Count > 0)
            ctx.Store.LastAnswers.Save(ctx.ChatId, question, JsonSerializer.Serialize(answer.Citations));
        return Reply.Text(AnswerRenderer.Render(answer)) with { ReplyToMessageId = ctx.Message.IsGroup ? ctx.Message.MessageId : null };
    }
}
