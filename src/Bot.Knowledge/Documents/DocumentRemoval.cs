namespace Bot.Knowledge.Documents;

/// <summary>What removing a document took with it: its passages and figures, and the agreements only it reported.</summary>
public sealed record DocumentRemoval(StoredDocument Document, int Passages, int Figures, int AgreementsRemoved);
