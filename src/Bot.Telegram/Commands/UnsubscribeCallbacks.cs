namespace Bot.Telegram.Commands;

/// <summary>Callback data of the removal buttons besides "unsub:ID": removing everything is asked, then confirmed.</summary>
public static class UnsubscribeCallbacks
{
    public const string AskAll = "unsub:all";
    public const string RemoveAll = "unsub:all!";
    public const string Keep = "unsub:keep";
}
