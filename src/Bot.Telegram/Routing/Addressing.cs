namespace Bot.Telegram.Routing;

/// <summary>
/// In a group the bot speaks only when spoken to: a command meant for it, a reply to one of its messages, or a
/// mention. It never answers ordinary group chatter.
/// </summary>
public static class Addressing
{
    public static bool IsForUs(Incoming m, CommandLine? command, string botUsername)
    {
        // In groups a command must name us ("/ask@kzbg_bot"): other bots in the group receive the same "/help".
        if (command is not null)
            return command.Addressee is null ? !m.IsGroup : string.Equals(command.Addressee, botUsername, StringComparison.OrdinalIgnoreCase);
        if (!m.IsGroup) return true;
        return m.IsReplyToBot || m.Text.Contains("@" + botUsername, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The question with the mention removed.</summary>
    public static string StripMention(string text, string botUsername) =>
        text.Replace("@" + botUsername, "", StringComparison.OrdinalIgnoreCase).Trim();
}
