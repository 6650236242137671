using System.CommandLine;
using Bot.Observability;
using Microsoft.Extensions.Configuration;

namespace Bot.Cli;

/// <summary>
/// `health [--url URL]`: asks the running bot's /healthz/ready and prints its report; exit 0 when ready, 1 when not.
/// What the container's HEALTHCHECK runs: the runtime image has no curl, and the bot's own binary is there anyway.
/// </summary>
public sealed class HealthVerb(IConfiguration configuration) : IVerb
{
    public Command Build()
    {
        var url = new Option<string?>("--url") { Description = "The bot's health address (default: Health:ListenUrl)." };
        var command = new Command("health", "Ask the running bot whether it is ready (its /healthz/ready); exit 0 when it is.") { url };
        command.SetAction(async (parse, ct) =>
        {
            var address = parse.GetValue(url) ?? HealthEndpoints.ListenUrl(configuration);
            if (!Uri.TryCreate(address, UriKind.Absolute, out var baseUri))
                throw new UsageException("Health:ListenUrl is not set (or not a URL); give --url http://HOST:PORT");
            // The bot listens on every interface (0.0.0.0, +, *); it is asked on this machine's loopback.
            var host = baseUri.Host is "0.0.0.0" or "+" or "*" or "[::]" ? "127.0.0.1" : baseUri.Host;
            var ready = new UriBuilder(baseUri) { Host = host, Path = HealthEndpoints.ReadyPath }.Uri;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            try
            {
                using var response = await http.GetAsync(ready, ct);
                Console.Out.Write(await response.Content.ReadAsStringAsync(ct));
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                Console.Error.WriteLine($"error: the bot does not answer at {ready} ({e.Message})");
                return 1;
            }
        });
        return command;
    }
}
