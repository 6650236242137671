namespace Bot.TelegramSimulator.State;

/// <summary>Every message in every chat, by chat and message id; message ids come from one increasing sequence.</summary>
internal sealed class MessageStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(long ChatId, int MessageId), StoredMessage> _messages = [];
    private int _lastId;

    public int NextId() => Interlocked.Increment(ref _lastId);

    public void Put(StoredMessage message)
    {
        lock (_lock) _messages[(message.ChatId, message.MessageId)] = message;
    }

    public StoredMessage? Find(long chatId, int messageId)
    {
        lock (_lock) return _messages.GetValueOrDefault((chatId, messageId));
    }

    public bool Remove(long chatId, int messageId)
    {
        lock (_lock) return _messages.Remove((chatId, messageId));
    }
}
