using System.ComponentModel.DataAnnotations;

namespace Bot.Observability;

/// <summary>Section "Logging", beside the framework's LogLevel: how the bot's log lines look and what they may hold.</summary>
public sealed class LogOptions
{
    public const string Section = "Logging";

    /// <summary>simple (one line of text each) or json (one JSON object each, for a log collector).</summary>
    [RegularExpression("^(simple|json)$", ErrorMessage = "{0} must be simple or json")]
    public string Format { get; set; } = "simple";

    /// <summary>Whether the line logged for each answered question carries the question's text (off: users' words stay private).</summary>
    public bool Questions { get; set; }
}
