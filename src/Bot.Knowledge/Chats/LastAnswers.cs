using System.Text.Json;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>The sources of each chat's last answer, for /sources; kept in the store so a restart does not forget them.</summary>
public sealed class LastAnswers(KnowledgeDb db, TimeProvider clock)
{
    // The JSON JsonSerializer writes with no options: what /sources reads, and what every stored row already holds.
    static readonly JsonSerializerOptions Plain = JsonSerializerOptions.Default;

    public void Save(long chatId, string question, string citationsJson) =>
        db.Write(c => c.InsertOrReplace(new ChatAnswerRow { ChatId = chatId, Question = question, CitationsJson = citationsJson, AnsweredAt = clock.GetUtcNow().ToString("O") }));

    /// <summary>
    /// Keeps <paramref name="citations"/> as the JSON <c>JsonSerializer.Serialize(citations)</c> makes, written as UTF-8 into
    /// a reused buffer and bound from there. An answer about a year's trade cites hundreds of sources, and its JSON as a
    /// string and again as the bytes SQLite was given went to the large-object heap on every such turn: 11 MB of it for the
    /// bench's 300 chat turns, which made the chats' working set the bench's largest (see README, "Where the peak goes").
    /// </summary>
    public void Save<T>(long chatId, string question, T citations) => db.Write(c =>
    {
        using var save = new PreparedStatement(c, "INSERT OR REPLACE INTO chat_answers(chat_id, question, citations_json, answered_at) VALUES (?, ?, ?, ?)");
        save.Bind(1, chatId).Bind(2, question).BindJson(3, citations, Plain).Bind(4, clock.GetUtcNow().ToString("O")).Run();
    });

    public ChatAnswerRow? Get(long chatId) => db.ReadCurrent(c => c.Find<ChatAnswerRow>(chatId));
}
