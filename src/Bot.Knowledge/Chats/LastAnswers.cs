using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>The sources of each chat's last answer, for /sources; kept in the store so a restart does not forget them.</summary>
public sealed class LastAnswers(KnowledgeDb db, TimeProvider clock)
{
    public void Save(long chatId, string question, string citationsJson) =>
        db.Write(c => c.InsertOrReplace(new ChatAnswerRow { ChatId = chatId, Question = question, CitationsJson = citationsJson, AnsweredAt = clock.GetUtcNow().ToString("O") }));

    public ChatAnswerRow? Get(long chatId) => db.ReadCurrent(c => c.Find<ChatAnswerRow>(chatId));
}
