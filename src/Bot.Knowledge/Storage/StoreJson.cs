using System.Text.Json;

namespace Bot.Knowledge.Storage;

internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
