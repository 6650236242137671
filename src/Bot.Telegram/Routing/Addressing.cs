namespace Bot.Telegram.Routing;

/// <summary>
/// In a group the bot speaks only when spoken to: a command meant for it, a reply to one of its messages, or a
/// mention. It never answers ordinary group chatter.
/// </summary>
public static class Addressing
{
    /// <param name="isOurCommand">Whether the bot has a command of that name.</param>
    public static bool IsForUs(Incoming m, CommandLine? command, string botUsername, Func<string, bool> isOurCommand)
    {
        // A command naming another bot is theirs. A plain one in a group reached us because privacy mode let it
        // through (the group menu offers it that way): ours when we have it; another bot's "/weather" stays theirs.
        if (command is not null)
            return command.Addressee is null
                ? !m.IsGroup || isOurCommand(command.Command)
                : string.Equals(command.Addressee, botUsername, StringComparison.OrdinalIgnoreCase);
        if (!m.IsGroup) return true;
        return m.IsReplyToBot || m.Text.Contains("@" + botUsername, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The question with the mention removed.</summary>
    public static string StripMention(string text, string botUsername) =>
        text.Replace("@" + botUsername, "", StringComparison.OrdinalIgnoreCase).Trim();
}
