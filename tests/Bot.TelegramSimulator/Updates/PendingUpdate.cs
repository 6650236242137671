namespace Bot.TelegramSimulator.Updates;

/// <summary>An update waiting for the bot; <see cref="Type"/> is its field name ("message", "callback_query", ...).</summary>
internal sealed record PendingUpdate(int UpdateId, string Type, string Json);
