using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>
/// The Telegram settings no single attribute can check: the token's shape (never echoed), the API and webhook URLs,
/// the admin ids, and the webhook's secret when a webhook is set. Each message names the key to fix.
/// </summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")] private static partial Regex SecretPattern();

    public ValidateOptionsResult Validate(string? name, TelegramOptions o)
    {
        var errors = new List<string>();
        if (o.BotToken.Length == 0)
            errors.Add("Telegram:BotToken is not set. Set the environment variable Telegram__BotToken (or `dotnet user-secrets set Telegram:BotToken …` in src/Bot) to the token from @BotFather. `ask` and `chat` work offline without it.");
        else if (!o.HasValidToken)
            errors.Add("Telegram:BotToken does not look like a bot token (expected digits:secret from @BotFather). `ask` and `chat` work offline without it.");
        if (o.ApiBaseUrl.Length > 0 && !IsHttpUrl(o.ApiBaseUrl))
            errors.Add($"Telegram:ApiBaseUrl must be an absolute http or https URL, or empty for api.telegram.org (got '{o.ApiBaseUrl}')");
        for (var i = 0; i < o.AdminIds.Count; i++)
            if (o.AdminIds[i] <= 0) errors.Add($"Telegram:AdminIds:{i} must be a Telegram user id, a positive number (got {o.AdminIds[i]})");
        var webhook = o.Webhook;
        if (webhook.Url.Length > 0)
        {
            if (!IsHttpUrl(webhook.Url)) errors.Add($"Telegram:Webhook:Url must be an absolute http or https URL (got '{webhook.Url}')");
            if (!SecretPattern().IsMatch(webhook.SecretToken))
                errors.Add("Telegram:Webhook:SecretToken must be 1–256 of A-Z a-z 0-9 _ - when Telegram:Webhook:Url is set");
            if (!IsHttpUrl(webhook.ListenUrl)) errors.Add($"Telegram:Webhook:ListenUrl must be an absolute http or https URL (got '{webhook.ListenUrl}')");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    static bool IsHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
