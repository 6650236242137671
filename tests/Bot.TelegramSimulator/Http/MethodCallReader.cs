using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.TelegramSimulator.Http;

/// <summary>Reads a call's parameters the ways the Bot API accepts them; Telegram.Bot sends JSON, or multipart with files.</summary>
internal static class MethodCallReader
{
    public static async Task<MethodCall> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            await ReadJsonAsync(request, values, cancellationToken);
        }
        else if (request.HasFormContentType)
        {
            await ReadFormAsync(request, values, files, cancellationToken);
        }

        return new MethodCall(values, files);
    }

    private static async Task ReadJsonAsync(HttpRequest request, Dictionary<string, string> values, CancellationToken cancellationToken)
    {
        // An empty body is a call without parameters, as the Bot API takes it.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest("can't parse JSON object");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                if (value.ValueKind != JsonValueKind.Null)
                {
                    values[property.Name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                }
            }
        }
    }

    private static async Task ReadFormAsync(
        HttpRequest request, Dictionary<string, string> values, Dictionary<string, UploadedFile> files, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        foreach (var (key, value) in form)
        {
            values[key] = value.ToString();
        }

        foreach (var part in form.Files)
        {
            using var buffer = new MemoryStream();
            await part.CopyToAsync(buffer, cancellationToken);
            files[part.Name] = new UploadedFile(part.FileName, buffer.ToArray());
        }
    }
}
