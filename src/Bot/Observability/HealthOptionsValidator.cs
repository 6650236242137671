using Microsoft.Extensions.Options;

namespace Bot.Observability;

/// <summary>Health:ListenUrl, when set, must be an http URL Kestrel can listen on; the message names the key.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions o) =>
        o.ListenUrl.Length == 0 || (Uri.TryCreate(o.ListenUrl, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.AbsolutePath == "/")
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Health:ListenUrl must be an http URL with no path, such as http://0.0.0.0:8080, or empty to serve no endpoints (got '{o.ListenUrl}')");
}
