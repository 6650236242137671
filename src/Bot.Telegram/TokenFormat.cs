using System.Text.RegularExpressions;

namespace Bot.Telegram;

public static partial class TokenFormat
{
    [GeneratedRegex(@"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")] private static partial Regex Pattern();

    public static bool IsValid(string? token) => token is not null && Pattern().IsMatch(token);

    /// <summary>The token with its secret part masked, for the rare message that must name which token is in use.</summary>
    public static string Masked(string token) => token.Contains(':') ? token[..token.IndexOf(':')] + ":***" : "***";
}
