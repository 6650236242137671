namespace Bot.TelegramSimulator.State;

/// <summary>Where updates go while a webhook is set, and the secret sent with each in X-Telegram-Bot-Api-Secret-Token.</summary>
internal sealed record WebhookTarget(string Url, string? SecretToken);
