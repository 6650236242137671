using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.TelegramSimulator.Tests;

/// <summary>
/// The bot's side of a webhook, on 127.0.0.1: records every POST (body and secret header) and answers with the
/// statuses queued by <see cref="FailNext"/>, 200 otherwise.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Queue<int> _statuses = new();
    private WebApplication? _app;

    public string Url { get; private set; } = string.Empty;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get { lock (_lock) return [.. _received]; }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver._app = app;
        receiver.Url = address + "/telegram/webhook";
        return receiver;
    }

    /// <summary>The next <paramref name="count"/> requests get <paramref name="status"/>, as a bot that is failing would answer.</summary>
    public void FailNext(int count, int status = StatusCodes.Status500InternalServerError)
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _statuses.Enqueue(status);
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests were answered 2xx; polling is fine for a test helper.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAcceptedAsync(int count, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var accepted = Received.Where(r => r.Status is >= 200 and < 300).ToList();
            if (accepted.Count >= count)
            {
                return accepted;
            }

            try
            {
                await Task.Delay(20, limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited for {count} accepted webhook request(s), got {accepted.Count}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        int status;
        lock (_lock)
        {
            status = _statuses.TryDequeue(out var queued) ? queued : StatusCodes.Status200OK;
            _received.Add(new ReceivedWebhook(
                context.Request.Path, context.Request.ContentType, context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString(), body, status));
        }

        context.Response.StatusCode = status;
    }
}
