namespace Bot.Knowledge.Digests;

/// <summary>A chat on a digest: "daily" or "weekly", the hour in its zone, since when, and the last period scheduled.</summary>
public sealed class DigestChat
{
    public long ChatId { get; set; }
    public string Mode { get; set; } = DigestBook.Daily;
    public int Hour { get; set; }
    public string? TimeZone { get; set; }
    public string? Since { get; set; }
    public string? LastEnd { get; set; }

    /// <summary>Where the next period starts: the end of the last one, or when the digest was turned on.</summary>
    public DateTimeOffset? NextStart => DigestStamp.Parse(LastEnd) ?? DigestStamp.Parse(Since);
}
