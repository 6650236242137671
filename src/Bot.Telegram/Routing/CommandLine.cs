namespace Bot.Telegram.Routing;

/// <summary>"/subscribe@kzbg_bot transport" → command "subscribe", addressee "kzbg_bot", argument "transport".</summary>
public sealed record CommandLine(string Command, string? Addressee, string Argument)
{
    public static CommandLine? Parse(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('/') || trimmed.Length < 2) return null;
        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? trimmed[1..] : trimmed[1..end];
        var argument = end < 0 ? "" : trimmed[(end + 1)..].Trim();
        var at = head.IndexOf('@');
        var command = (at < 0 ? head : head[..at]).ToLowerInvariant();
        if (command.Length == 0 || !command.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return null;
        return new CommandLine(command, at < 0 ? null : head[(at + 1)..], argument);
    }
}
