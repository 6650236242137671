namespace Bot.TelegramSimulator.Recording;

/// <summary>What the bot did, in the order the simulator accepted it.</summary>
internal sealed class SimulatorJournal
{
    public RecordList<SentMessage> Messages { get; } = new();
    public RecordList<SentPhoto> Photos { get; } = new();
    public RecordList<SentDocument> Documents { get; } = new();
    public RecordList<SentChatAction> ChatActions { get; } = new();
    public RecordList<CallbackAnswer> CallbackAnswers { get; } = new();
    public RecordList<MessageEdit> Edits { get; } = new();
    public RecordList<DeletedMessage> Deletions { get; } = new();
    public RecordList<WebhookDelivery> WebhookDeliveries { get; } = new();
    public RecordList<UnansweredCall> Unanswered { get; } = new();
}
