using System.Text.RegularExpressions;
using Bot.TelegramSimulator.Html;

namespace Bot.TelegramSimulator.Updates;

/// <summary>The entities Telegram marks in a user's plain text that bots rely on: a leading /command and @mentions.</summary>
internal static partial class IncomingEntities
{
    public static IReadOnlyList<TextEntity> Detect(string text)
    {
        var entities = new List<TextEntity>();
        if (LeadingCommand().Match(text) is { Success: true } command)
        {
            entities.Add(new TextEntity("bot_command", 0, command.Length));
        }

        foreach (Match mention in Mention().Matches(text))
        {
            entities.Add(new TextEntity("mention", mention.Index, mention.Length));
        }

        return entities;
    }

    [GeneratedRegex(@"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{5,32})?(?![A-Za-z0-9_@])")]
    private static partial Regex LeadingCommand();

    [GeneratedRegex(@"(?<![A-Za-z0-9_/@])@[A-Za-z0-9_]{5,32}(?![A-Za-z0-9_])")]
    private static partial Regex Mention();
}
