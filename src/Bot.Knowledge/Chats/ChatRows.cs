using SQLite;

namespace Bot.Knowledge.Chats;

[Table("chats")]
public sealed class ChatRow
{
    [PrimaryKey, Column("chat_id")] public long ChatId { get; set; }
    [Column("type")] public string Type { get; set; } = "private";
    /// <summary>Chosen with /lang; overrides everything else.</summary>
    [Column("language")] public string? Language { get; set; }
    /// <summary>The language the chat last wrote in; alerts use it when no language was chosen.</summary>
    [Column("seen_language")] public string? SeenLanguage { get; set; }
    [Column("title")] public string? Title { get; set; }
    [Column("active")] public bool Active { get; set; } = true;
    [Column("quiet_start")] public int? QuietStart { get; set; }
    [Column("quiet_end")] public int? QuietEnd { get; set; }
    [Column("quiet_mode")] public string QuietMode { get; set; } = "silent";
    /// <summary>The zone quiet hours are in: an IANA name (Asia/Almaty) or a fixed offset (UTC+05:00); null is UTC.</summary>
    [Column("time_zone")] public string? TimeZone { get; set; }
    /// <summary>null: each alert on its own; "daily" or "weekly": alerts held and sent together (see DigestBook).</summary>
    [Column("digest")] public string? Digest { get; set; }
    /// <summary>The hour of the chat's zone the digest is sent at.</summary>
    [Column("digest_hour")] public int? DigestHour { get; set; }
    /// <summary>When the digest was turned on: nothing before it belongs to a digest.</summary>
    [Column("digest_since")] public string? DigestSince { get; set; }
    [Column("created_at")] public string CreatedAt { get; set; } = "";
    [Column("updated_at")] public string UpdatedAt { get; set; } = "";
}

[Table("subscriptions")]
public sealed class SubscriptionRow
{
    [PrimaryKey, AutoIncrement, Column("id")] public long Id { get; set; }
    [Column("chat_id")] public long ChatId { get; set; }
    /// <summary>all | topic | keyword</summary>
    [Column("kind")] public string Kind { get; set; } = "all";
    [Column("value")] public string Value { get; set; } = "";
    [Column("label")] public string Label { get; set; } = "";
    [Column("created_at")] public string CreatedAt { get; set; } = "";
}

[Table("chat_answers")]
public sealed class ChatAnswerRow
{
    [PrimaryKey, Column("chat_id")] public long ChatId { get; set; }
    [Column("question")] public string Question { get; set; } = "";
    [Column("citations_json")] public string CitationsJson { get; set; } = "[]";
    [Column("answered_at")] public string AnsweredAt { get; set; } = "";
}
