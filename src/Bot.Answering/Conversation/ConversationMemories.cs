using System.Text.Json;
using Bot.Answering.Composing;
using Bot.Answering.Understanding;
using Bot.Knowledge.Conversations;
using Bot.Knowledge.Model;

namespace Bot.Answering.Conversation;

/// <summary>Loads a keyed conversation's memory from the store and saves what the last answer leaves for the next follow-up.</summary>
public sealed class ConversationMemories(ConversationMemoryStore store)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationMemory? Load(ConversationState conversation)
    {
        if (conversation.Memory is not null || conversation.Key is not { } key) return conversation.Memory;
        try
        {
            return conversation.Memory = store.Load(key) is { } json ? JsonSerializer.Deserialize<ConversationMemory>(json, Json) : null;
        }
        catch (JsonException)
        {
            // A memory written by another version that no longer reads is as good as none: the next answer replaces it.
            return null;
        }
    }

    /// <summary>The memory after an answer: a new subject unless the question followed up, the slots it used, the answer's focus.</summary>
    public void Remember(ConversationState conversation, Question q, Answer answer)
    {
        var before = conversation.Memory;
        var focus = answer.Focus;
        var memory = new ConversationMemory(q.IsFollowUp && before is not null ? before.Subject : q.Text, q.Lang)
        {
            Metrics = q.Metrics.Count > 0 ? q.Metrics : q.Metric is { } m ? [m] : [],
            Periods = q.Periods.Select(p => p.ToString()).ToList(),
            Agreements = focus.Agreements.Count > 1 ? focus.Agreements : before?.Agreements ?? [],
            Agreement = focus.Agreements.Count == 1 ? focus.Agreements[0] : focus.Agreements.Count > 1 ? null : before?.Agreement,
            Documents = focus.Documents.Count > 0 ? focus.Documents : before?.Documents ?? [],
            People = focus.People,
            Quoted = focus.Quoted,
            Named = focus.Named,
            // "And the day after?" answered with a name keeps counting from the day it asked of.
            Date = focus.Date ?? (q.DayShift != 0 ? q.Date : null),
        };
        conversation.Memory = memory;
        if (conversation.Key is { } key) store.Save(key, JsonSerializer.Serialize(memory, Json));
    }

    public void Forget(string key) => store.Clear(key);

    /// <summary>The remembered periods, read back ("2024", "2025-01..2025-04").</summary>
    public static List<Period> Periods(ConversationMemory memory) =>
        memory.Periods.Select(p => Period.TryParse(p, out var period) ? period : (Period?)null).OfType<Period>().ToList();
}
