namespace Bot.Sources;

/// <summary>One plain page whose text is ingested again whenever it changes.</summary>
public sealed class PageSourceOptions
{
    public string Url { get; set; } = "";

    public string? Name { get; set; }

    public TimeSpan? Interval { get; set; }
}
