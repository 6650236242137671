using System.Runtime.CompilerServices;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Conversation;

/// <summary>
/// The questions analysed last, so that a chat's next turn finds its remembered subject already read. A chat's state is
/// new with every message (what it remembers lives in the store), so each follow-up restored its subject by analysing
/// that question's text again — the question the turn before had just analysed: a tenth of a chat turn's CPU.
/// </summary>
/// <remarks>
/// An analysis depends only on the text, the language, the entity index and the day (relative periods: "last year"), so a
/// remembered one is the analysis itself. The entries live with the index they were read against (a new index, after the
/// store changed, starts with none, and the stale one is not kept alive by them) and are few: the turns of the chats
/// answered just now.
/// </remarks>
internal sealed class RecentAnalyses(QuestionAnalyzer analyzer, TimeProvider clock)
{
    const int Kept = 16;

    readonly ConditionalWeakTable<EntityIndex, Ring> _byIndex = new();

    sealed class Ring
    {
        public readonly Lock Gate = new();
        public readonly (string Text, string Lang, DateOnly Day, Question Question)?[] Entries = new (string, string, DateOnly, Question)?[Kept];
        public int Next;
    }

    /// <summary>The question analysed, remembered for a later <see cref="Remembered"/> of the same text.</summary>
    public Question Analyze(string text, string lang, EntityIndex entities)
    {
        var day = Today();
        var q = analyzer.Analyze(text, lang, entities);
        // A question typed in Latin letters is read in its own script: its analysis is not that of the text it became.
        if (string.Equals(q.Text, text, StringComparison.Ordinal) && day == Today())
        {
            var ring = _byIndex.GetValue(entities, _ => new Ring());
            lock (ring.Gate)
            {
                ring.Entries[ring.Next] = (text, lang, day, q);
                ring.Next = (ring.Next + 1) % Kept;
            }
        }
        return q;
    }

    /// <summary>The analysis of this text, remembered when it was analysed lately, else analysed (and remembered) now.</summary>
    public Question Remembered(string text, string lang, EntityIndex entities)
    {
        var day = Today();
        if (_byIndex.TryGetValue(entities, out var ring))
            lock (ring.Gate)
                foreach (var entry in ring.Entries)
                    if (entry is { } e && e.Day == day && string.Equals(e.Text, text, StringComparison.Ordinal) && string.Equals(e.Lang, lang, StringComparison.Ordinal))
                        return e.Question;
        return Analyze(text, lang, entities);
    }

    DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
