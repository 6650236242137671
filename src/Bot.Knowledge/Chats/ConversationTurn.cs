using SQLite;

namespace Bot.Knowledge.Chats;

/// <summary>One message of a stored conversation: what the user asked ("user") or what the bot showed ("assistant").</summary>
[Table("conversation_turns")]
public sealed class ConversationTurn
{
    public const string User = "user";
    public const string Assistant = "assistant";

    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("conversation")] public string Conversation { get; set; } = "";
    [Column("role")] public string Role { get; set; } = User;
    [Column("text")] public string Text { get; set; } = "";
    [Column("created_at")] public string CreatedAt { get; set; } = "";
}
