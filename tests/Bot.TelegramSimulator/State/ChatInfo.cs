namespace Bot.TelegramSimulator.State;

/// <summary>A chat as the simulator knows it: its type decides the flood limit and the shape of its JSON.</summary>
internal sealed record ChatInfo(long Id, string Type, string? Title = null, string? FirstName = null, string? Username = null)
{
    public bool IsPrivate => Type == "private";
}
