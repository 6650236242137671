using System.Text.Json.Nodes;

namespace Bot.TelegramSimulator.State;

/// <summary>
/// Users seen in injected updates, and each user's status per chat as the test set it; anyone not set is a "member",
/// so a test only names the administrators it needs.
/// </summary>
internal sealed class MemberDirectory
{
    public static readonly IReadOnlySet<string> Statuses =
        new HashSet<string>(StringComparer.Ordinal) { "creator", "administrator", "member", "restricted", "left", "kicked" };

    private readonly Lock _lock = new();
    private readonly Dictionary<long, string> _users = [];
    private readonly Dictionary<(long ChatId, long UserId), string> _statuses = [];

    public void RememberUser(JsonObject user)
    {
        var id = user["id"]!.GetValue<long>();
        lock (_lock) _users[id] = user.ToJsonString(WireJson.Options);
    }

    public static void CheckStatus(string status)
    {
        if (!Statuses.Contains(status))
        {
            throw new ArgumentException($"A chat member's status is one of: {string.Join(", ", Statuses)}.", nameof(status));
        }
    }

    public void SetStatus(long chatId, long userId, string status)
    {
        CheckStatus(status);
        lock (_lock) _statuses[(chatId, userId)] = status;
    }

    public string Status(long chatId, long userId)
    {
        lock (_lock) return _statuses.GetValueOrDefault((chatId, userId)) ?? "member";
    }

    /// <summary>The chat's creator first, then its administrators, in the order the test promoted them.</summary>
    public IReadOnlyList<long> Administrators(long chatId)
    {
        lock (_lock)
        {
            return _statuses
                .Where(s => s.Key.ChatId == chatId && s.Value is "creator" or "administrator")
                .OrderBy(s => s.Value == "creator" ? 0 : 1)
                .Select(s => s.Key.UserId)
                .ToList();
        }
    }

    /// <summary>The user as last seen in an injected update, or a stand-in for one never seen.</summary>
    public JsonObject User(long userId)
    {
        lock (_lock)
        {
            if (_users.TryGetValue(userId, out var json))
            {
                return JsonNode.Parse(json)!.AsObject();
            }
        }

        return WireJson.User(userId, "User", username: null, languageCode: null);
    }
}
