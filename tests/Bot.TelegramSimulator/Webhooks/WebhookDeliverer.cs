using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Webhooks;

/// <summary>
/// While a webhook is set, POSTs pending updates to it one at a time and in order, as JSON with the secret header.
/// An update leaves the queue only on a 2xx answer; otherwise the same update is tried again after the retry delay,
/// so nothing behind it overtakes it. Runs only while the simulator serves: a stopped Telegram pushes nothing.
/// </summary>
internal sealed class WebhookDeliverer : IAsyncDisposable
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly SimulatorState _state;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private WebhookDeliverer(SimulatorState state)
    {
        _state = state;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            Timeout = state.Options.WebhookTimeout,
        };
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    public static WebhookDeliverer Start(SimulatorState state) => new(state);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The normal way out of the loop.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var pulse = _state.Updates.Changed.Current;
            var target = _state.Webhook.Target;
            var next = target is null ? null : _state.Updates.Peek(1) is [var first, ..] ? first : null;
            if (target is null || next is null)
            {
                await ChangeSignal.WaitAsync(pulse, Timeout.InfiniteTimeSpan, stopping);
                continue;
            }

            var delivery = await PostAsync(target, next.UpdateId, next.Json, stopping);
            _state.Journal.WebhookDeliveries.Add(delivery);
            if (delivery.Succeeded)
            {
                _state.Updates.Remove(next.UpdateId);
                continue;
            }

            _state.Webhook.RecordError(delivery.Timestamp, delivery.Error ?? string.Empty);
            await Task.Delay(_state.Options.WebhookRetryDelay, stopping);
        }
    }

    private async Task<WebhookDelivery> PostAsync(WebhookTarget target, int updateId, string json, CancellationToken stopping)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (target.SecretToken is not null)
        {
            request.Headers.Add(SecretHeader, target.SecretToken);
        }

        try
        {
            using var response = await _http.SendAsync(request, stopping);
            var status = (int)response.StatusCode;
            var error = response.IsSuccessStatusCode
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"Wrong response from the webhook: {status} {response.ReasonPhrase}");
            return new WebhookDelivery(updateId, target.Url, status, error, _state.Clock.GetUtcNow());
        }
        catch (HttpRequestException e)
        {
            return new WebhookDelivery(updateId, target.Url, StatusCode: null, e.Message, _state.Clock.GetUtcNow());
        }
        catch (TaskCanceledException) when (!stopping.IsCancellationRequested)
        {
            return new WebhookDelivery(updateId, target.Url, StatusCode: null, "Read timeout expired", _state.Clock.GetUtcNow());
        }
    }
}
