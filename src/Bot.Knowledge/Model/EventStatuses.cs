namespace Bot.Knowledge.Model;

/// <summary>Whether an <see cref="Event"/> happened, is still to come, or (for a post) is still held.</summary>
public static class EventStatuses
{
    public const string Held = "held";
    public const string Planned = "planned";
    public const string Current = "current";
    public const string Former = "former";
}
